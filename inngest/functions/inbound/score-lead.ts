import { inngest } from "@/inngest/client";
import { ZInboundLeadReceivedSchema } from "@/inngest/events";
import { scoreInboundLead } from "@/lib/inbound";

/**
 * inbound/lead.received → score and enrich the lead a form submission saved, off the request
 * path: the prospect's answer does not wait on the qualifier and enricher.
 */
export const inboundScoreLeadFn = inngest.createFunction(
  {
    id: "inbound-score-lead",
    name: "Inbound: score and enrich a submitted lead",
    triggers: [{ event: "inbound/lead.received" }],
    retries: 3,
  },
  async ({ event, step }) => {
    const { orgId, leadId } = ZInboundLeadReceivedSchema.parse(event.data);
    return step.run("score-and-enrich", () => scoreInboundLead(orgId, leadId));
  },
);
