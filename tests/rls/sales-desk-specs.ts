import { randomUUID } from "node:crypto";
import { ALL, WRITERS, ADMIN, NONE, later, type TableSpec } from "./spec-kit";

/** The sales desk's organization tables (contacts, pipeline, analytics rollups, CRM, inbound,
 * provider keys), in the same form as TABLE_SPECS, which includes them. */
export const SALES_DESK_SPECS: readonly TableSpec[] = [
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
];
