import { z } from "zod";
import { inngest } from "@/inngest/client";
import { LLM_QUALIFY_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import { qualifyLead } from "@/lib/jobs/pipeline/qualify";

export const ZQualifyLlmInputSchema = z.object({
  jobUrlId: z.string().uuid(),
  leadData: z.record(z.string(), z.unknown()),
  rules: z.unknown(),
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
    const { leadData, rules } = ZQualifyLlmInputSchema.parse(event.data);
    return step.run("qualify", () => qualifyLead(leadData, rules));
  },
);
