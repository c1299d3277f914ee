// Webhooks: the public face. The API routes, the dashboard's settings page and the Inngest
// functions import from here only. Management functions take the caller's JWT claims and the
// organization id and run under RLS (admins and members; viewers get 403, other orgs 404).
export {
  listWebhooks,
  getWebhook,
  createWebhook,
  createCheckedWebhook,
  checkNewWebhook,
  checkWebhookChanges,
  updateWebhook,
  updateWebhookChecked,
  deleteWebhook,
  rotateWebhookSecret,
  MAX_WEBHOOKS_PER_ORG,
  type NewWebhookInput,
  type WebhookChanges,
} from "./endpoints";
export {
  listDeliveries,
  redeliver,
  sendTestEvent,
  webhookAlerts,
  type DeliveryPage,
  type QueuedDelivery,
} from "./deliveries";
export {
  WEBHOOK_EVENT_TYPES,
  JOB_EVENT_TYPES,
  LEAD_STAGE_CHANGED,
  TEST_EVENT_TYPE,
  ZWebhookEventTypeSchema,
  ZCreateWebhookSchema,
  ZUpdateWebhookSchema,
  ZListDeliveriesQuerySchema,
  ZJobEventPayloadSchema,
  ZLeadStageChangedPayloadSchema,
  ZTestEventPayloadSchema,
  type WebhookEventType,
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type ListDeliveriesQuery,
  type JobEventPayload,
  type JobEventType,
  type LeadStageChangedPayload,
  type TestEventPayload,
} from "./schemas";
export type { Webhook, WebhookWithSecret, Delivery } from "./view";
export { signDelivery, type SignedHeaders } from "./sign";
export { jobWebhookSecret } from "./secret";
export { endpointUrlProblems } from "./url-policy";
export { parseRetrySchedule, DEFAULT_RETRY_SCHEDULE } from "./schedule";
// Worker side (the delivery functions): service role, never from a request handler.
export { planJobDeliveries } from "./fan-out";
export {
  planStageChangeDeliveries,
  queueStageChangeEvents,
  stageChangeEventId,
  type StageChangeNotice,
} from "./lead-events";
export { attemptDelivery, FAILURE_WINDOW_MS, type AttemptOutcome } from "./deliver";
export { notifyEndpointDisabled } from "./notify";
// Operator side (start-up, `pnpm cli secrets rotate`): re-encrypts stored secrets.
export { resealWebhookSecrets, type ResealReport } from "./reseal";
export { jobEventId } from "./payload";
export {
  ZLeadCreatedPayloadSchema,
  leadCreatedEventId,
  planLeadCreatedDeliveries,
  type LeadCreatedPayload,
} from "./lead-event";
