import { z } from "zod";
import type { WebhookDeliver } from "@/inngest/events";
import { asServiceRole } from "@/lib/db";
import { env } from "@/lib/env";
import { iso } from "@/lib/serialize";

// lead.created: a lead came into the organization from outside a job (an inbound form). Signed and
// delivered like job.completed (one webhook/deliver per endpoint, the same body on every retry).

const ts = z.iso.datetime().describe("ISO 8601, UTC");

export const ZLeadCreatedPayloadSchema = z
  .object({
    type: z.literal("lead.created"),
    timestamp: ts.describe("When the lead was created"),
    data: z.object({
      lead: z.object({
        id: z.uuid(),
        source: z.literal("inbound").describe("Where the lead came from"),
        email: z.string().nullable(),
        name: z.string().nullable(),
        company: z.string().nullable(),
        domain: z.string().nullable(),
        website: z.string().nullable(),
        phone: z.string().nullable(),
        stage: z.string(),
        created_at: ts,
      }),
      form: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
      submission_id: z.uuid(),
      lead_url: z.string().describe("GET this (with your API key) for the whole lead"),
    }),
  })
  .meta({ id: "LeadCreatedEvent" });
export type LeadCreatedPayload = z.infer<typeof ZLeadCreatedPayloadSchema>;

/** One message id per lead: however often the event is planned, receivers see it once. */
export function leadCreatedEventId(leadId: string): string {
  return `msg_${leadId.replaceAll("-", "")}_lead_created`;
}

/** The deliveries of a lead's lead.created, one per active endpoint subscribed to it. */
export async function planLeadCreatedDeliveries(
  orgId: string,
  leadId: string,
  origin: { formId: string; submissionId: string },
): Promise<WebhookDeliver[]> {
  return asServiceRole(async (tx) => {
    const lead = await tx
      .selectFrom("scraped_leads")
      .select([
        "id",
        "email",
        "name",
        "company",
        "domain",
        "website",
        "phone",
        "stage",
        "created_at",
      ])
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    const form = await tx
      .selectFrom("inbound_forms")
      .select(["id", "name", "slug"])
      .where("id", "=", origin.formId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!lead || !form) return [];
    const endpoints = await tx
      .selectFrom("webhooks")
      .select("id")
      .where("org_id", "=", orgId)
      .where("active", "=", true)
      .where((eb) => eb(eb.val("lead.created"), "=", eb.fn.any("events")))
      .orderBy("created_at")
      .execute();
    if (!endpoints.length) return [];
    const payload: LeadCreatedPayload = {
      type: "lead.created",
      timestamp: iso(lead.created_at)!,
      data: {
        lead: {
          ...lead,
          source: "inbound",
          stage: lead.stage,
          created_at: iso(lead.created_at)!,
        },
        form,
        submission_id: origin.submissionId,
        lead_url: new URL(`/api/v1/leads/${lead.id}`, env().APP_URL).href,
      },
    };
    const body = JSON.stringify(payload);
    return endpoints.map((e) => ({
      orgId,
      webhookId: e.id,
      url: null,
      jobId: null,
      eventId: leadCreatedEventId(lead.id),
      eventType: "lead.created",
      body,
      mode: "retry" as const,
      target: e.id,
    }));
  });
}
