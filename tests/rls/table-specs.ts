import { randomUUID } from "node:crypto";
import type { Actor, OrgFixture, Role } from "./fixtures";

/**
 * What each role may do to each organization-scoped table, straight from the role table of the
 * product (admin: everything; member: jobs, leads, API keys, webhooks; viewer: read only). The
 * isolation tests walk this list; a public table missing from it fails the coverage test.
 */
export interface TableSpec {
  table: string;
  /** The column naming the row's organization. */
  tenantColumn: string;
  can: {
    select: readonly Role[];
    insert: readonly Role[];
    update: readonly Role[];
    delete: readonly Role[];
  };
  /** A row that would be valid in `org` if the policy allowed it. */
  newRow: (org: OrgFixture, actor: Actor) => Record<string, unknown>;
  /** One seeded row of `org` (where clause) and a harmless change to it, as seen by `actorRole`. */
  target: (
    org: OrgFixture,
    actorRole: Role | "outsider",
  ) => { where: Record<string, unknown>; set: Record<string, unknown> };
}

const ALL: readonly Role[] = ["admin", "member", "viewer"];
const WRITERS: readonly Role[] = ["admin", "member"];
const ADMIN: readonly Role[] = ["admin"];
const NONE: readonly Role[] = [];

const later = () => new Date(Date.now() + 86_400_000).toISOString();
const email = () => `${randomUUID()}@example.test`;

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    table: "organizations",
    tenantColumn: "id",
    // Organizations are created only through create_organization().
    can: { select: ALL, insert: NONE, update: ADMIN, delete: ADMIN },
    newRow: (org) => ({ id: org.id, name: "Forged", slug: `forged-${randomUUID().slice(0, 8)}` }),
    target: (org) => ({ where: { id: org.id }, set: { name: "Renamed" } }),
  },
  {
    table: "team_members",
    tenantColumn: "org_id",
    // Nobody inserts directly: joining goes through accept_invitation().
    can: { select: ALL, insert: NONE, update: ADMIN, delete: ADMIN },
    newRow: (org, actor) => ({ org_id: org.id, user_id: actor.id, role: "admin" }),
    // Someone else's membership (your own row you may always delete: leaving is tested apart).
    target: (org, actorRole) => {
      const other: Role = actorRole === "viewer" ? "member" : "viewer";
      return { where: { org_id: org.id, user_id: org.users[other].id }, set: { role: other } };
    },
  },
  {
    table: "invitations",
    tenantColumn: "org_id",
    can: { select: ADMIN, insert: ADMIN, update: ADMIN, delete: ADMIN },
    newRow: (org, actor) => ({
      org_id: org.id,
      email: email(),
      role: "admin",
      token_hash: randomUUID(),
      invited_by: actor.id,
      expires_at: later(),
    }),
    target: (org) => ({ where: { id: org.rows.invitation }, set: { role: "member" } }),
  },
  {
    table: "scraping_jobs",
    tenantColumn: "org_id",
    // Cancelling is an update; jobs are never deleted by users.
    can: { select: ALL, insert: WRITERS, update: WRITERS, delete: NONE },
    newRow: (org, actor) => ({ org_id: org.id, created_by: actor.id, type: "single" }),
    target: (org) => ({ where: { id: org.rows.job }, set: { status: "cancelled" } }),
  },
  {
    table: "job_urls",
    tenantColumn: "org_id",
    can: { select: ALL, insert: WRITERS, update: WRITERS, delete: NONE },
    newRow: (org) => ({
      job_id: org.rows.job,
      org_id: org.id,
      url: `https://example.com/${randomUUID()}`,
    }),
    target: (org) => ({ where: { id: org.rows.jobUrl }, set: { status: "cancelled" } }),
  },
  {
    table: "scraped_leads",
    tenantColumn: "org_id",
    can: { select: ALL, insert: WRITERS, update: WRITERS, delete: WRITERS },
    newRow: (org) => ({ org_id: org.id, dedupe_key: randomUUID(), name: "New Lead" }),
    target: (org) => ({
      where: { id: org.rows.lead },
      set: { notes: "edited", stage: "contacted" },
    }),
  },
  {
    table: "contacts",
    tenantColumn: "org_id",
    // Written by the pipeline (service role) and by CSV imports (admins and members, 0026);
    // members correct and delete them like leads.
    can: { select: ALL, insert: WRITERS, update: WRITERS, delete: WRITERS },
    newRow: (org) => ({
      org_id: org.id,
      lead_id: org.rows.lead,
      dedupe_key: `email:${randomUUID()}@example.com`,
      name: "Forged Person",
      domain: "example.com",
    }),
    target: (org) => ({ where: { id: org.rows.contact }, set: { title: "edited" } }),
  },
  {
    table: "lead_stage_changes",
    tenantColumn: "org_id",
    // History: writers append in their own name; nobody edits or deletes a row.
    can: { select: ALL, insert: WRITERS, update: NONE, delete: NONE },
    newRow: (org, actor) => ({
      org_id: org.id,
      lead_id: org.rows.lead,
      from_stage: "contacted",
      to_stage: "qualified",
      actor_id: actor.id,
    }),
    target: (org) => ({ where: { id: org.rows.stageChange }, set: { to_stage: "won" } }),
  },
  {
    table: "lead_notes",
    tenantColumn: "org_id",
    // A thread: writers add notes in their own name and edit or delete only their own (the
    // target is the note the acting role's user wrote; the outsider aims at the admin's).
    can: { select: ALL, insert: WRITERS, update: WRITERS, delete: WRITERS },
    newRow: (org, actor) => ({
      org_id: org.id,
      lead_id: org.rows.lead,
      author_id: actor.id,
      body: "forged note",
    }),
    target: (org, role) => ({
      where: { id: org.rows.notes[role === "outsider" ? "admin" : role] },
      set: { body: "edited" },
    }),
  },
  {
    table: "lead_daily_counts",
    tenantColumn: "org_id",
    // The analytics rollup: kept by triggers on scraped_leads only; every member reads it.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      day: "2020-01-01",
      status: "hot",
      stage: "new",
      leads: 1000,
    }),
    target: (org) => ({ where: { org_id: org.id }, set: { leads: 1000 } }),
  },
  {
    table: "lead_source_monthly_counts",
    tenantColumn: "org_id",
    // The top-sources rollup (0030): kept by triggers on scraped_leads only; every member reads it.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, month: "2020-01-01", source: "forged.test", leads: 1000 }),
    target: (org) => ({ where: { org_id: org.id }, set: { leads: 1000 } }),
  },
  {
    table: "lead_stage_reach_counts",
    tenantColumn: "org_id",
    // The stage-conversion rollup (0030): kept by triggers on scraped_leads only.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, day: "2020-01-01", stage: "new", reached: 1000 }),
    target: (org) => ({ where: { org_id: org.id }, set: { reached: 1000 } }),
  },
  {
    table: "crm_connections",
    tenantColumn: "org_id",
    // Admins read it (tokens sealed); lib/crm writes it as the service role after checking the
    // admin role; members see the status through lib/crm, which never selects the tokens.
    can: { select: ADMIN, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      // A Salesforce row (0029): its instance_url would steer every data call with the token.
      provider: "salesforce",
      instance_url: "https://forged.my.salesforce.com",
      object_mode: "lead",
      account_id: "forged",
      access_token: "enc:v1:forged:a",
      refresh_token: "enc:v1:forged:r",
      expires_at: later(),
    }),
    target: (org) => ({
      where: { id: org.rows.crmConnection },
      set: { push_completed_jobs: true },
    }),
  },
  {
    table: "crm_pushes",
    tenantColumn: "org_id",
    // Queued by lib/crm (role checked) and run by the worker, both as the service role.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, provider: "hubspot", source: "api" }),
    target: (org) => ({ where: { id: org.rows.crmPush }, set: { status: "failed" } }),
  },
  {
    table: "crm_sync_log",
    tenantColumn: "org_id",
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      push_id: org.rows.crmPush,
      provider: "hubspot",
      object_type: "company",
      outcome: "created",
    }),
    target: (org) => ({ where: { id: org.rows.crmSyncLog }, set: { message: "forged" } }),
  },
  {
    table: "lead_enrichment",
    tenantColumn: "org_id",
    // Written by enrichment workers only; goes with its lead.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      lead_id: org.rows.lead,
      org_id: org.id,
      provider: "forged",
      type: "email",
    }),
    target: (org) => ({ where: { id: org.rows.enrichment }, set: { provider: "edited" } }),
  },
  {
    table: "subscriptions",
    tenantColumn: "org_id",
    // Billing changes come from the payment provider through the service role.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, plan: "enterprise", monthly_credits: 1_000_000 }),
    target: (org) => ({ where: { id: org.rows.subscription }, set: { plan: "enterprise" } }),
  },
  {
    table: "credits",
    tenantColumn: "org_id",
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, balance: 1_000_000 }),
    target: (org) => ({ where: { org_id: org.id }, set: { balance: 1_000_000 } }),
  },
  {
    table: "auto_topups",
    tenantColumn: "org_id",
    // Admins change it through the app (role checked, then the service role writes); members read.
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({ org_id: org.id, threshold: 1, pack: "25k", max_per_month: 31 }),
    target: (org) => ({ where: { org_id: org.id }, set: { max_per_month: 31 } }),
  },
  {
    table: "auto_topup_attempts",
    tenantColumn: "org_id",
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      trigger_key: randomUUID(),
      pack: "25k",
      credits: 25_000,
      status: "succeeded",
    }),
    target: (org) => ({ where: { id: org.rows.autoTopUpAttempt }, set: { status: "succeeded" } }),
  },
  {
    table: "credit_transactions",
    tenantColumn: "org_id",
    can: { select: ALL, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      kind: "grant",
      amount: 1000,
      balance_after: 1000,
      idempotency_key: randomUUID(),
    }),
    target: (org) => ({ where: { id: org.rows.creditTransaction }, set: { amount: 1_000_000 } }),
  },
  {
    table: "api_keys",
    tenantColumn: "org_id",
    can: { select: WRITERS, insert: WRITERS, update: WRITERS, delete: WRITERS },
    newRow: (org, actor) => ({
      org_id: org.id,
      name: "probe",
      key_hash: randomUUID(),
      key_hint: "ls_live_…prob",
      scopes: ["read"],
      created_by: actor.id,
    }),
    target: (org) => ({ where: { id: org.rows.apiKey }, set: { name: "renamed" } }),
  },
  {
    table: "webhooks",
    tenantColumn: "org_id",
    can: { select: WRITERS, insert: WRITERS, update: WRITERS, delete: WRITERS },
    newRow: (org, actor) => ({
      org_id: org.id,
      url: "https://hooks.example.com/new",
      secret: "whsec_probe",
      secret_hint: "whsec_…robe",
      events: ["job.failed"],
      created_by: actor.id,
    }),
    target: (org) => ({ where: { id: org.rows.webhook }, set: { description: "edited" } }),
  },
  {
    table: "webhook_deliveries",
    tenantColumn: "org_id",
    // The delivery log is written by the delivery worker; members read it to debug their endpoints.
    can: { select: WRITERS, insert: NONE, update: NONE, delete: NONE },
    newRow: (org) => ({
      org_id: org.id,
      webhook_id: org.rows.webhook,
      event_id: randomUUID(),
      event_type: "job.completed",
      url: "https://x.example",
      attempt: 1,
      request_body: "{}",
    }),
    target: (org) => ({ where: { id: org.rows.webhookDelivery }, set: { succeeded: true } }),
  },
  {
    table: "inbound_forms",
    tenantColumn: "org_id",
    // Forms are public entry points: only admins make and change them; every member reads them.
    can: { select: ALL, insert: ADMIN, update: ADMIN, delete: ADMIN },
    newRow: (org) => ({
      org_id: org.id,
      name: "Forged form",
      slug: `forged-${randomUUID()}`,
      fields: ["email"],
    }),
    target: (org) => ({ where: { id: org.rows.inboundForm }, set: { enabled: false } }),
  },
  {
    table: "inbound_submissions",
    tenantColumn: "org_id",
    // Written by the public endpoint (service role); members read them, admins delete them.
    can: { select: ALL, insert: NONE, update: NONE, delete: ADMIN },
    newRow: (org) => ({
      org_id: org.id,
      form_id: org.rows.inboundForm,
      data: JSON.stringify({ email: "forged@example.com" }),
    }),
    target: (org) => ({ where: { id: org.rows.inboundSubmission }, set: { lead_id: null } }),
  },
  {
    table: "provider_keys",
    tenantColumn: "org_id",
    // A key spends the organization's money at the provider: admins only (members learn which
    // providers have one through lib/provider-keys, as the service role).
    can: { select: ADMIN, insert: ADMIN, update: ADMIN, delete: ADMIN },
    newRow: (org, actor) => ({
      org_id: org.id,
      provider: "apollo",
      sealed_key: "enc:v1:probe:AAAA",
      key_hint: "…prob",
      created_by: actor.id,
    }),
    target: (org) => ({ where: { id: org.rows.providerKey }, set: { key_hint: "…edit" } }),
  },
  {
    table: "audit_log",
    tenantColumn: "org_id",
    // Append-only: any member records their own actions; only admins read it.
    can: { select: ADMIN, insert: ALL, update: NONE, delete: NONE },
    newRow: (org, actor) => ({ org_id: org.id, actor_id: actor.id, action: "probe.inserted" }),
    target: (org) => ({ where: { id: org.rows.auditLog }, set: { action: "forged" } }),
  },
];

/** Public tables checked by their own tests rather than the org matrix, with the reason. */
export const SPECIAL_TABLES: Record<string, string> = {
  profiles: "scoped by user, not organization: see profiles tests",
  schema_migrations: "migrator only: no role but the owner may touch it",
  starting_credit_grants:
    "per user, written only by create_organization(): see credit-farming tests",
  stripe_events: "service role only (Stripe webhooks): RLS on, no policy for any user",
  credit_purchases: "service role only (Stripe webhooks): RLS on, no policy for any user",
  crm_oauth_states:
    "service role only (single-use OAuth states of CRM connects): RLS on, no policy, revoked from the API roles",
  dev_mail:
    "service role only (the development mailbox): RLS on, no policy, revoked from the API roles",
};
