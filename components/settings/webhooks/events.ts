import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/schemas";

const DETAIL: Record<WebhookEventType, string> = {
  "job.completed": "A job finished its URLs",
  "job.failed": "A job ended in failure",
  "job.cancelled": "Someone cancelled a job",
  "lead.stage_changed": "A lead moved to another pipeline stage",
  "lead.created": "A prospect sent an inbound form and a new lead was created",
};

export const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((value) => ({
  value,
  label: value,
  detail: DETAIL[value],
}));

export type WebhookFormValues = { url: string; description: string; events: WebhookEventType[] };
export const WEBHOOK_FIELDS = ["url", "description", "events"] as const;
