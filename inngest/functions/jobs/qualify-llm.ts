import { z } from "zod";
import { inngest } from "@/inngest/client";
import { LLM_QUALIFY_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import { qualifyLead } from "@/lib/jobs/pipeline/qualify";
import { orgProviderKey } from "@/lib/provider-keys";

export const ZQualifyLlmInputSchema = z.object({
  jobUrlId: z.string().uuid(),
  leadData: z.record(z.string(), z.unknown()),
  rules: z.unknown(),
  // Score with the organization's own Anthropic key (read here, in the step; never in the event).
  ownKeyOf: z.string().uuid().optional(),
});
export type QualifyLlmInput = z.infer<typeof ZQualifyLlmInputSchema>;

/**
 * The LLM path, throttled: scoring with Claude is slow and rate-limited by the provider, so every
 * lead scored by the LLM goes through this one function, whose concurrency limit (shared by every
 * job, organization and worker) caps the Claude calls in flight. Process-url invokes it only when
 * an LLM is configured; rules scoring stays inline.
 */
export const qualifyLlmFn = inngest.createFunction(
  {
    id: "jobs-qualify-llm",
    name: "Jobs: qualify a lead with the LLM (throttled)",
    retries: 2,
    concurrency: [{ limit: LLM_QUALIFY_LIMIT }],
  },
  async ({ event, step }) => {
    const { leadData, rules, ownKeyOf } = ZQualifyLlmInputSchema.parse(event.data);
    return step.run("qualify", async () => {
      if (!ownKeyOf) return qualifyLead(leadData, rules);
      // The job was created to use the organization's own key (and holds no credits for Claude):
      // if that key was removed since, the lead is scored by rules rather than on the platform.
      const key = await orgProviderKey(ownKeyOf, "anthropic");
      return key
        ? qualifyLead(leadData, rules, "auto", key)
        : qualifyLead(leadData, rules, "rules");
    });
  },
);
