import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { asServiceRole, withAnon, withUser, type JwtClaims, type Tx } from "@/lib/db";
import { unique } from "../helpers/db";

export type Role = "admin" | "member" | "viewer";
export const ROLES: readonly Role[] = ["admin", "member", "viewer"];

export interface Actor {
  id: string;
  email: string;
  claims: JwtClaims;
}

/** One tenant: its users by role and one seeded row id per table. */
export interface OrgFixture {
  id: string;
  slug: string;
  users: Record<Role, Actor>;
  rows: {
    invitation: string;
    job: string;
    jobUrl: string;
    lead: string;
    enrichment: string;
    contact: string;
    stageChange: string;
    /** One note written by each role's user: a note is its author's alone to edit. */
    notes: Record<Role, string>;
    subscription: string;
    creditTransaction: string;
    apiKey: string;
    webhook: string;
    webhookDelivery: string;
    providerKey: string;
    auditLog: number;
    autoTopUpAttempt: string;
    crmConnection: string;
    crmPush: string;
    crmSyncLog: number;
    inboundForm: string;
    inboundSubmission: string;
  };
}

export interface World {
  a: OrgFixture;
  b: OrgFixture;
  outsider: Actor;
}

function claimsFor(id: string, email: string): JwtClaims {
  return { sub: id, role: "authenticated", email, aud: "authenticated" };
}

async function createUser(label: string): Promise<Actor> {
  const email = `${unique(label)}@example.test`.toLowerCase();
  const row = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email, raw_user_meta_data: { full_name: label }, email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  return { id: row.id, email, claims: claimsFor(row.id, email) };
}

async function seedOrg(label: string): Promise<OrgFixture> {
  const admin = await createUser(`${label}-admin`);
  const member = await createUser(`${label}-member`);
  const viewer = await createUser(`${label}-viewer`);
  const slug = unique(label).toLowerCase().slice(0, 40);
  const org = await withUser(admin.claims, async (tx) => {
    const res = await sql<{
      id: string;
      slug: string;
    }>`select id, slug from public.create_organization(${label}, ${slug})`.execute(tx);
    return res.rows[0]!;
  });
  const rows = await asServiceRole(async (tx) => {
    await tx
      .insertInto("team_members")
      .values([
        { org_id: org.id, user_id: member.id, role: "member" },
        { org_id: org.id, user_id: viewer.id, role: "viewer" },
      ])
      .execute();
    return seedRows(tx, org.id, { admin: admin.id, member: member.id, viewer: viewer.id });
  });
  return { id: org.id, slug: org.slug, users: { admin, member, viewer }, rows };
}

/** One row in every org-scoped table, written past RLS the way workers write them. */
async function seedRows(
  tx: Tx,
  orgId: string,
  userIds: Record<Role, string>,
): Promise<OrgFixture["rows"]> {
  const adminId = userIds.admin;
  const one = <T extends { id: unknown }>(r: T) => r.id as T["id"];
  const invitation = await tx
    .insertInto("invitations")
    .values({
      org_id: orgId,
      email: `${unique("invitee")}@example.test`.toLowerCase(),
      role: "viewer",
      token_hash: randomUUID(),
      invited_by: adminId,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const apiKey = await tx
    .insertInto("api_keys")
    .values({
      org_id: orgId,
      name: "seed key",
      key_hash: randomUUID(),
      key_hint: "ls_live_…seed",
      scopes: ["read"],
      created_by: adminId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const job = await tx
    .insertInto("scraping_jobs")
    .values({
      org_id: orgId,
      created_by: adminId,
      api_key_id: apiKey.id,
      type: "single",
      total_urls: 1,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const jobUrl = await tx
    .insertInto("job_urls")
    .values({ job_id: job.id, org_id: orgId, url: "https://example.com/" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const lead = await tx
    .insertInto("scraped_leads")
    .values({
      org_id: orgId,
      job_id: job.id,
      dedupe_key: `seed-${randomUUID()}`,
      email: "lead@example.com",
      name: "Seed Lead",
      company: "Example",
      score: 70,
      status: "warm",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const enrichment = await tx
    .insertInto("lead_enrichment")
    .values({ lead_id: lead.id, org_id: orgId, provider: "seed", type: "company", confidence: 0.5 })
    .returning("id")
    .executeTakeFirstOrThrow();
  const contact = await tx
    .insertInto("contacts")
    .values({
      org_id: orgId,
      lead_id: lead.id,
      dedupe_key: `email:${randomUUID()}@example.com`,
      name: "Seed Person",
      domain: "example.com",
      first_job_id: job.id,
      job_id: job.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const stageChange = await tx
    .insertInto("lead_stage_changes")
    .values({
      org_id: orgId,
      lead_id: lead.id,
      from_stage: "new",
      to_stage: "contacted",
      actor_id: adminId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const notes = {} as Record<Role, string>;
  for (const role of ["admin", "member", "viewer"] as const)
    notes[role] = one(
      await tx
        .insertInto("lead_notes")
        .values({ org_id: orgId, lead_id: lead.id, author_id: userIds[role], body: `by ${role}` })
        .returning("id")
        .executeTakeFirstOrThrow(),
    );
  const webhook = await tx
    .insertInto("webhooks")
    .values({
      org_id: orgId,
      url: "https://hooks.example.com/x",
      secret: `whsec_${randomUUID()}`,
      secret_hint: "whsec_…0000",
      events: ["job.completed"],
      created_by: adminId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const delivery = await tx
    .insertInto("webhook_deliveries")
    .values({
      org_id: orgId,
      webhook_id: webhook.id,
      job_id: job.id,
      event_id: randomUUID(),
      event_type: "job.completed",
      url: "https://hooks.example.com/x",
      attempt: 1,
      request_body: "{}",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const providerKey = await tx
    .insertInto("provider_keys")
    .values({
      org_id: orgId,
      provider: "hunter",
      sealed_key: "enc:v1:seed:AAAA",
      key_hint: "…seed",
      created_by: adminId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // create_organization() already wrote the subscription, credits, the grant and an audit entry.
  const subscription = await tx
    .selectFrom("subscriptions")
    .select("id")
    .where("org_id", "=", orgId)
    .executeTakeFirstOrThrow();
  const creditTx = await tx
    .selectFrom("credit_transactions")
    .select("id")
    .where("org_id", "=", orgId)
    .executeTakeFirstOrThrow();
  const audit = await tx
    .selectFrom("audit_log")
    .select("id")
    .where("org_id", "=", orgId)
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("auto_topups")
    .values({ org_id: orgId, enabled: true, threshold: 100, pack: "1k", max_per_month: 2 })
    .execute();
  const attempt = await tx
    .insertInto("auto_topup_attempts")
    .values({ org_id: orgId, trigger_key: "seed", pack: "1k", credits: 1000, status: "failed" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const crmConnection = await tx
    .insertInto("crm_connections")
    .values({
      org_id: orgId,
      provider: "hubspot",
      account_id: "4200042",
      access_token: "enc:v1:seed:access",
      refresh_token: "enc:v1:seed:refresh",
      expires_at: new Date(Date.now() + 1_800_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const crmPush = await tx
    .insertInto("crm_pushes")
    .values({ org_id: orgId, provider: "hubspot", source: "bulk", lead_ids: [lead.id] })
    .returning("id")
    .executeTakeFirstOrThrow();
  const crmLog = await tx
    .insertInto("crm_sync_log")
    .values({
      org_id: orgId,
      push_id: crmPush.id,
      provider: "hubspot",
      lead_id: lead.id,
      object_type: "company",
      outcome: "created",
      crm_id: "1001",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const inboundForm = await tx
    .insertInto("inbound_forms")
    .values({
      org_id: orgId,
      name: "Seed form",
      slug: `seed-${randomUUID()}`,
      fields: ["name", "email"],
      created_by: adminId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const inboundSubmission = await tx
    .insertInto("inbound_submissions")
    .values({
      org_id: orgId,
      form_id: inboundForm.id,
      lead_id: lead.id,
      data: JSON.stringify({ email: "lead@example.com" }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return {
    invitation: one(invitation),
    job: one(job),
    jobUrl: one(jobUrl),
    lead: one(lead),
    enrichment: one(enrichment),
    contact: one(contact),
    stageChange: one(stageChange),
    notes,
    subscription: one(subscription),
    creditTransaction: one(creditTx),
    apiKey: one(apiKey),
    webhook: one(webhook),
    webhookDelivery: one(delivery),
    providerKey: one(providerKey),
    auditLog: audit.id,
    autoTopUpAttempt: one(attempt),
    crmConnection: one(crmConnection),
    crmPush: one(crmPush),
    crmSyncLog: Number(crmLog.id),
    inboundForm: one(inboundForm),
    inboundSubmission: one(inboundSubmission),
  };
}

export async function seedWorld(): Promise<World> {
  const a = await seedOrg("tenant-a");
  const b = await seedOrg("tenant-b");
  const outsider = await createUser("outsider");
  return { a, b, outsider };
}

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super("rollback");
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

async function capture<T>(
  run: (fn: (tx: Tx) => Promise<never>) => Promise<unknown>,
  fn: (tx: Tx) => Promise<T>,
): Promise<Outcome<T>> {
  try {
    await run(async (tx) => {
      throw new Rollback(await fn(tx));
    });
    throw new Error("unreachable: probe did not roll back");
  } catch (err) {
    if (err instanceof Rollback) return { ok: true, value: err.value as T };
    const e = err as { code?: string; message?: string };
    if (!e.code) throw err;
    return { ok: false, code: e.code, message: e.message ?? "" };
  }
}

/** Runs `fn` as the user under RLS and always rolls back, so probes never disturb the seed. */
export function probe<T>(claims: JwtClaims, fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  return capture((inner) => withUser(claims, inner), fn);
}

export function probeAnon<T>(fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  return capture((inner) => withAnon(inner), fn);
}

/** SQLSTATE 42501: permission denied or a row-level security WITH CHECK violation. */
export const DENIED = "42501";
