import { openApiDocument, operationsOf, type RouteModule } from "@/lib/openapi";
import * as auditLog from "./audit-log/route";
import * as billing from "./billing/route";
import * as contacts from "./contacts/route";
import * as credits from "./credits/route";
import * as crmPush from "./crm/push/route";
import * as jobCancel from "./jobs/[id]/cancel/route";
import * as job from "./jobs/[id]/route";
import * as jobUrls from "./jobs/[id]/urls/route";
import * as jobs from "./jobs/route";
import * as leadContacts from "./leads/[id]/contacts/route";
import * as leadHistory from "./leads/[id]/history/route";
import * as leadNotes from "./leads/[id]/notes/route";
import * as lead from "./leads/[id]/route";
import * as leadStage from "./leads/[id]/stage/route";
import * as leadsExport from "./leads/export/route";
import * as leadsImport from "./leads/import/route";
import * as leads from "./leads/route";
import * as me from "./me/route";
import * as webhookRedeliver from "./webhooks/[id]/deliveries/[delivery_id]/redeliver/route";
import * as webhookDeliveries from "./webhooks/[id]/deliveries/route";
import * as webhookRotate from "./webhooks/[id]/rotate-secret/route";
import * as webhook from "./webhooks/[id]/route";
import * as webhookTest from "./webhooks/[id]/test/route";
import * as webhooks from "./webhooks/route";

// Every /api/v1 route module by its path (as its folder spells it, [id] as {id}). Each handler
// carries its contract (withApiKey); the OpenAPI document is built from them. A bundle cannot list
// route files at run time, so they are listed here — and tests/api/contract.test.ts globs
// app/api/v1/**/route.ts and fails for a route file or method missing from the document.
// (openapi.json serves the document and is not an operation of it.)
export const API_V1_ROUTES: Record<string, RouteModule> = {
  "/jobs": jobs,
  "/jobs/{id}": job,
  "/jobs/{id}/cancel": jobCancel,
  "/jobs/{id}/urls": jobUrls,
  "/leads": leads,
  "/leads/export": leadsExport,
  "/leads/import": leadsImport,
  "/leads/{id}": lead,
  "/leads/{id}/contacts": leadContacts,
  "/leads/{id}/stage": leadStage,
  "/leads/{id}/history": leadHistory,
  "/leads/{id}/notes": leadNotes,
  "/contacts": contacts,
  "/credits": credits,
  "/crm/push": crmPush,
  "/billing": billing,
  "/me": me,
  "/audit-log": auditLog,
  "/webhooks": webhooks,
  "/webhooks/{id}": webhook,
  "/webhooks/{id}/rotate-secret": webhookRotate,
  "/webhooks/{id}/test": webhookTest,
  "/webhooks/{id}/deliveries": webhookDeliveries,
  "/webhooks/{id}/deliveries/{delivery_id}/redeliver": webhookRedeliver,
};

export const API_V1_OPERATIONS = operationsOf(API_V1_ROUTES);

/** The OpenAPI 3.1 document of /api/v1 (built once per process). */
export const apiV1Document = () => openApiDocument(API_V1_OPERATIONS);
