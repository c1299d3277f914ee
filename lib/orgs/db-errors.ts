import { isPolicyRefusal, isUniqueViolation } from "@/lib/db";
import { AppError } from "@/lib/errors";

interface PgErrorLike {
  code?: string;
  hint?: string;
  detail?: string;
  constraint?: string;
  message?: string;
}

export function orgLimitMessage(limit?: number): string {
  const n = limit ? `${limit} organizations` : "organizations";
  return `On the free plan you can create up to ${n}, and you have reached that limit. Keep working in one of yours, or move one to a paid plan to create more.`;
}

function pgError(err: unknown): PgErrorLike | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as PgErrorLike;
  return typeof e.code === "string" ? e : undefined;
}

/**
 * Turns the database's refusals that a user can cause into AppErrors with a message they can act
 * on; anything else is rethrown untouched so it surfaces as an internal error.
 */
export function mapOrgDbError(err: unknown): never {
  const e = pgError(err);
  if (e?.code === "P0001" && e.hint === "last_admin") {
    throw new AppError(
      "conflict",
      "An organization needs at least one admin. Make someone else an admin first.",
      { details: { reason: "last_admin" }, cause: err },
    );
  }
  if (e?.code === "P0001" && e.hint === "org_limit") {
    // The limit itself lives in one place, public.free_plan_organization_limit(); it comes back
    // in the error's detail.
    const limit = Number(e.detail) || undefined;
    throw new AppError("forbidden", orgLimitMessage(limit), {
      details: { reason: "org_limit", limit },
      cause: err,
    });
  }
  if (isUniqueViolation(err, "organizations_slug_key")) {
    throw new AppError("conflict", "That URL slug is taken", {
      fields: { slug: ["That URL slug is taken"] },
      cause: err,
    });
  }
  // A policy refused the write: to the user that is the same as the row not being theirs.
  if (isPolicyRefusal(err)) {
    throw new AppError("forbidden", "You do not have permission to do that", { cause: err });
  }
  throw err;
}
