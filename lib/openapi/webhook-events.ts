import type { z } from "zod";
import {
  JOB_EVENT_TYPES,
  LEAD_STAGE_CHANGED,
  TEST_EVENT_TYPE,
  ZJobEventPayloadSchema,
  ZLeadStageChangedPayloadSchema,
  ZTestEventPayloadSchema,
  type JobEventPayload,
  type LeadStageChangedPayload,
  ZLeadCreatedPayloadSchema,
  type LeadCreatedPayload,
} from "@/lib/webhooks";

type Json = Record<string, unknown>;

// The document's top-level `webhooks` section (OpenAPI 3.1): what Leadscout POSTs to your
// endpoints, how it is signed, and what it expects back.

const EXAMPLE: JobEventPayload = {
  type: "job.completed",
  timestamp: "2026-05-04T10:15:42.000Z",
  data: {
    job: {
      id: "6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10",
      status: "completed",
      type: "bulk",
      counts: {
        total_urls: 25,
        processed_urls: 25,
        successful_urls: 23,
        failed_urls: 2,
        leads_found: 21,
      },
      credits_used: 63,
      timings: {
        created_at: "2026-05-04T10:12:01.000Z",
        started_at: "2026-05-04T10:12:02.000Z",
        completed_at: "2026-05-04T10:15:42.000Z",
        duration_ms: 220_000,
      },
      error: null,
    },
    summary: { leads: 21, hot: 4, warm: 9, cold: 8, contacts: 34, new_contacts: 30 },
    leads_url:
      "https://app.leadscout.example/api/v1/leads?job_id=6f1c2a4e-8f0b-4c4e-9a51-2d4f3b7c9e10",
  },
};

const STAGE_EXAMPLE: LeadStageChangedPayload = {
  type: LEAD_STAGE_CHANGED,
  timestamp: "2026-05-06T09:30:12.000Z",
  data: {
    change: {
      id: "3d2f8a61-5b7c-4e0a-9f12-7c4b6e8d1a20",
      from: "contacted",
      to: "qualified",
      changed_at: "2026-05-06T09:30:12.000Z",
      actor: {
        type: "api_key",
        user_id: "9a4e2c10-1f3b-4d6a-8e57-0b2c4d6f8a91",
        api_key_id: "5e7a9c1b-3d5f-4a7b-9c1e-2f4a6b8c0d13",
      },
    },
    lead: {
      id: "c1a3e5f7-2b4d-4c6e-8a0b-1d3f5a7c9e24",
      name: "Dana Whitfield",
      company: "Acme Analytics",
      email: "dana@acme-analytics.example",
      domain: "acme-analytics.example",
      stage: "qualified",
      score: 82,
    },
    lead_url: "https://app.leadscout.example/api/v1/leads/c1a3e5f7-2b4d-4c6e-8a0b-1d3f5a7c9e24",
  },
};

const LEAD_EXAMPLE: LeadCreatedPayload = {
  type: "lead.created",
  timestamp: "2026-05-04T10:15:42.000Z",
  data: {
    lead: {
      id: "0c4a7e2b-5d1f-4b8e-a3c6-9f2e1d7b4a50",
      source: "inbound",
      email: "jane@acme.example",
      name: "Jane Doe",
      company: "Acme",
      domain: "acme.example",
      website: "https://acme.example",
      phone: null,
      stage: "new",
      created_at: "2026-05-04T10:15:42.000Z",
    },
    form: {
      id: "5e2d8c1a-7b4f-4a3e-9c6d-1f0e2b3a4c5d",
      name: "Contact us",
      slug: "contact-us-x1y2z3",
    },
    submission_id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    lead_url: "https://app.leadscout.example/api/v1/leads/0c4a7e2b-5d1f-4b8e-a3c6-9f2e1d7b4a50",
  },
};

const HEADERS: Json[] = [
  {
    name: "webhook-id",
    in: "header",
    required: true,
    description: "The event's id: the same on every retry and redelivery; de-duplicate on it",
    schema: { type: "string" },
  },
  {
    name: "webhook-timestamp",
    in: "header",
    required: true,
    description: "Unix seconds when this attempt was signed; refuse ones older than 5 minutes",
    schema: { type: "string" },
  },
  {
    name: "webhook-signature",
    in: "header",
    required: true,
    description:
      'Space-separated "v1,<base64 HMAC-SHA256 of id.timestamp.body>" with your whsec_ secret; two during a secret rotation. Verify with the standardwebhooks (or svix) library',
    schema: { type: "string" },
  },
];

const RESPONSES: Json = {
  "2XX": { description: "Received. Anything else (or no answer within 10 s) is retried" },
  "410": { description: "Gone: Leadscout disables the endpoint and stops delivering" },
};

function event(summary: string, schema: Json, example: unknown): Json {
  return {
    post: {
      summary,
      description:
        "Retried on the schedule 0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h until a 2xx. Redirects are not followed. An endpoint failing for 24 h is disabled and its organization's admins are told.",
      parameters: HEADERS,
      requestBody: { required: true, content: { "application/json": { schema, example } } },
      responses: RESPONSES,
    },
  };
}

export function webhookEvents(toSchema: (schema: z.ZodType) => Json): Record<string, Json> {
  const jobEvent = toSchema(ZJobEventPayloadSchema);
  const out: Record<string, Json> = {};
  for (const type of JOB_EVENT_TYPES) {
    const status = type.slice(4);
    out[type] = event(`A job ended ${status === "completed" ? "successfully" : status}`, jobEvent, {
      ...EXAMPLE,
      type,
      data: { ...EXAMPLE.data, job: { ...EXAMPLE.data.job, status } },
    });
  }
  out[LEAD_STAGE_CHANGED] = event(
    "A lead moved to another stage of the pipeline (dashboard, bulk action or API)",
    toSchema(ZLeadStageChangedPayloadSchema),
    STAGE_EXAMPLE,
  );
  out["lead.created"] = event(
    "A prospect sent an inbound form and a new lead was created",
    toSchema(ZLeadCreatedPayloadSchema),
    LEAD_EXAMPLE,
  );
  out[TEST_EVENT_TYPE] = event(
    "A test event, sent by POST /webhooks/{id}/test",
    toSchema(ZTestEventPayloadSchema),
    {
      type: TEST_EVENT_TYPE,
      timestamp: EXAMPLE.timestamp,
      data: {
        webhook_id: "0b7e1c52-3f5a-4d8e-b2a4-6c9d1e0f7a38",
        message: "A test event from Leadscout",
      },
    },
  );
  return out;
}
