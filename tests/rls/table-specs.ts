import { randomUUID } from "node:crypto";
import type { Role } from "./fixtures";
import { SALES_DESK_SPECS } from "./sales-desk-specs";
import { ADMIN, ALL, NONE, WRITERS, email, later, type TableSpec } from "./spec-kit";

export type { TableSpec } from "./spec-kit";

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
    table: "audit_log",
    tenantColumn: "org_id",
    // Append-only: any member records their own actions; only admins read it.
    can: { select: ADMIN, insert: ALL, update: NONE, delete: NONE },
    newRow: (org, actor) => ({ org_id: org.id, actor_id: actor.id, action: "probe.inserted" }),
    target: (org) => ({ where: { id: org.rows.auditLog }, set: { action: "forged" } }),
  },
  ...SALES_DESK_SPECS,
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
