import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Session } from "@/lib/auth/types";
import type { Role } from "@/lib/db";
import { AppError, toAppError, validationError } from "@/lib/errors";
import { refuseUnstorableText } from "@/lib/errors/unstorable-text";
import { log } from "@leadscout/log";
import { getCurrentOrg, type Membership } from "@/lib/orgs";
import { rateLimitOrAllow } from "@/lib/ratelimit";
import type { ActionResult } from "./result";

export interface UserActionContext {
  session: Session;
}
export interface OrgActionContext extends UserActionContext {
  /** The caller's current organization, with their role in it. */
  org: Membership;
}

interface BaseOptions<S extends z.ZodType> {
  schema: S;
  /** For the logs: which action failed. */
  name: string;
}
interface OrgOptions<S extends z.ZodType> extends BaseOptions<S> {
  /** Needs a current organization (the default). With `roles`, the caller must hold one. */
  org?: true;
  roles?: readonly Role[];
}
interface UserOptions<S extends z.ZodType> extends BaseOptions<S> {
  /** Acts on the user alone (create an organization, accept an invitation). */
  org: false;
}

/**
 * An action's callable form. `orgId`, when a page passes it, is the organization the page was
 * showing: if the caller has since switched organization (in another tab), the action refuses
 * rather than act on an organization the person is not looking at.
 */
export type SafeAction<S extends z.ZodType, T> = (
  input: (z.input<S> & { orgId?: string }) | FormData,
) => Promise<ActionResult<T>>;

function expectedOrgIdOf(raw: unknown): string | undefined {
  const value =
    raw instanceof FormData
      ? raw.get("orgId")
      : typeof raw === "object" && raw !== null
        ? (raw as { orgId?: unknown }).orgId
        : undefined;
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** FormData → plain object; a repeated key becomes an array, as zod schemas expect. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own bookkeeping fields
    const all = form.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/**
 * Counts an action against the signed-in user's allowance (the `user` policy, per user id). A
 * limiter outage lets the action through, as it does for the API.
 */
async function countUserAction(session: Session): Promise<void> {
  const verdict = await rateLimitOrAllow("user", session.claims.sub);
  if (verdict && !verdict.success) {
    const seconds = Math.max(1, Math.ceil((verdict.reset - Date.now()) / 1000));
    throw new AppError("rate_limited", `Too many changes at once; try again in ${seconds} s`, {
      details: { policy: "user", limit: verdict.limit },
    });
  }
}

/**
 * Builds the one wrapper every server action goes through: resolve the session (the resolver
 * redirects when signed out), count it against the user's rate limit, refuse text Postgres cannot
 * store, zod-parse the input, resolve the current organization and check the role, call `lib`, and
 * turn any failure into a typed result the form can show. Redirects and notFound() from the handler pass through
 * untouched. The session resolver is a parameter so the wrapper can be exercised without a Next
 * request.
 */
export function createSafeAction(resolveSession: () => Promise<Session>) {
  function safeAction<S extends z.ZodType, T>(
    opts: UserOptions<S>,
    handler: (input: z.output<S>, ctx: UserActionContext) => Promise<T>,
  ): SafeAction<S, T>;
  function safeAction<S extends z.ZodType, T>(
    opts: OrgOptions<S>,
    handler: (input: z.output<S>, ctx: OrgActionContext) => Promise<T>,
  ): SafeAction<S, T>;
  function safeAction<S extends z.ZodType, T>(
    opts: UserOptions<S> | OrgOptions<S>,
    handler: (input: z.output<S>, ctx: OrgActionContext) => Promise<T>,
  ): SafeAction<S, T> {
    return async (raw) => {
      const session = await resolveSession();
      try {
        await countUserAction(session);
        const input = raw instanceof FormData ? formDataToObject(raw) : raw;
        refuseUnstorableText(input, "the form");
        const parsed = opts.schema.safeParse(input);
        if (!parsed.success) throw validationError(parsed.error);
        if (opts.org === false) {
          return { ok: true, data: await handler(parsed.data, { session } as OrgActionContext) };
        }
        const { current } = await getCurrentOrg(session.claims);
        if (!current) throw new AppError("not_found", "You are not a member of any organization");
        const expected = expectedOrgIdOf(raw);
        if (expected !== undefined && expected !== current.id) {
          throw new AppError(
            "conflict",
            "You switched organization in another tab. Reload this page and try again.",
          );
        }
        if (opts.roles && !opts.roles.includes(current.role)) {
          throw new AppError("forbidden", "Your role in this organization does not allow that");
        }
        return { ok: true, data: await handler(parsed.data, { session, org: current }) };
      } catch (err) {
        unstable_rethrow(err);
        const appError = toAppError(err);
        if (appError.code === "internal") {
          log.error("action failed", { action: opts.name, err });
        }
        return {
          ok: false,
          error: { code: appError.code, message: appError.message, fields: appError.fields },
        };
      }
    };
  }
  return safeAction;
}
