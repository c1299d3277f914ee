import { sql } from "kysely";
import { createApiKey } from "@/lib/api-keys";
import { asServiceRole, withUser, type ApiScope, type JwtClaims, type Plan } from "@/lib/db";
import { setRateLimiter, type RateLimiter } from "@/lib/ratelimit";
import { unique } from "../../helpers/db";
import { dispatch } from "./routes";
import { createUser } from "../../orgs/fixtures";

export interface ApiOrg {
  orgId: string;
  claims: JwtClaims;
  /** Keys by scope set: all = read+write+delete. */
  keys: { all: string; read: string; write: string; del: string };
  keyIds: { all: string };
}

/** An organization with a member, credits, a plan, and API keys of every scope combination. */
export async function createApiOrg(opts: { plan?: Plan; balance?: number } = {}): Promise<ApiOrg> {
  const user = await createUser("api");
  const slug = unique("api")
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "-")
    .slice(0, 40)
    .replace(/-+$/, "");
  const orgId = await withUser(user.claims, async (tx) => {
    const { rows } = await sql<{
      id: string;
    }>`select id from public.create_organization(${"Api Co"}, ${slug})`.execute(tx);
    return rows[0]!.id;
  });
  await asServiceRole(async (tx) => {
    await tx
      .updateTable("credits")
      .set({ balance: opts.balance ?? 10_000 })
      .where("org_id", "=", orgId)
      .execute();
    await tx
      .updateTable("subscriptions")
      .set({ plan: opts.plan ?? "pro" })
      .where("org_id", "=", orgId)
      .execute();
  });
  const key = async (scopes: ApiScope[]) =>
    createApiKey(user.claims, { orgId, name: `key ${scopes.join("+")}`, scopes });
  const all = await key(["read", "write", "delete"]);
  return {
    orgId,
    claims: user.claims,
    keys: {
      all: all.key,
      read: (await key(["read"])).key,
      write: (await key(["write"])).key,
      del: (await key(["delete"])).key,
    },
    keyIds: { all: all.apiKey.id },
  };
}

/** Inserts leads straight into the table (service role, as the pipeline's workers do). */
export async function seedLeads(
  orgId: string,
  n: number,
  make: (i: number) => Partial<{
    name: string;
    company: string;
    email: string | null;
    phone: string | null;
    domain: string;
    score: number | null;
    status: "hot" | "warm" | "cold" | null;
    stage: "new" | "contacted";
    job_id: string | null;
    notes: string | null;
  }> = () => ({}),
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < n; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - start) }, (_, k) => {
      const i = start + k;
      const d = make(i);
      return {
        org_id: orgId,
        dedupe_key: `lead-${i}-${d.email ?? d.name ?? ""}`,
        name: d.name ?? `Person ${i}`,
        company: d.company ?? `Company ${i % 97}`,
        email: d.email === undefined ? `person${i}@company${i % 97}.test` : d.email,
        phone:
          d.phone === undefined
            ? i % 2
              ? `+1 555 01${String(i % 100).padStart(2, "0")}`
              : null
            : d.phone,
        domain: d.domain ?? `company${i % 97}.test`,
        score: d.score === undefined ? i % 101 : d.score,
        status: d.status === undefined ? (["hot", "warm", "cold"] as const)[i % 3] : d.status,
        stage: d.stage ?? "new",
        job_id: d.job_id ?? null,
        notes: d.notes ?? null,
      };
    });
    const inserted = await asServiceRole((tx) =>
      tx.insertInto("scraped_leads").values(rows).returning("id").execute(),
    );
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** A limiter that never refuses, for tests about something other than limits. */
export const UNLIMITED: RateLimiter = {
  kind: "memory",
  async limit(_name, policy) {
    return {
      success: true,
      limit: policy.limit,
      remaining: policy.limit,
      reset: Date.now() + 60_000,
    };
  },
};

export function useUnlimited(): void {
  setRateLimiter(UNLIMITED);
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/**
 * `method /api/v1<path>` through the route table, with the key as Bearer (if any) and the body as
 * JSON (a string is sent as it is).
 */
export function callApi(
  method: string,
  path: string,
  key?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return dispatch(
    new Request(`http://api.test/api/v1${path}`, {
      method,
      headers: {
        ...(key ? bearer(key) : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
