import { inngest } from "@/inngest/client";
import { ZJobUrlRequestedSchema, jobFinished } from "@/inngest/events";
import { PER_HOST_LIMIT, URL_SLOT_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import { processLead } from "@/lib/jobs/pipeline/lead-steps";
import { startAndScrape, type ScrapeStep } from "@/lib/jobs/pipeline/scrape-step";
import { ZJobOptionsSchema } from "@/lib/jobs/schemas";
import { settleUrl, type Settlement } from "@/lib/jobs/pipeline/settle";

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * job/url.requested → "scrape" → "save-lead" (qualify and enrich, then upsert, score, enrich and
 * charge in one transaction) → "settle" (job counters; the last URL ends the job). Each step is
 * retried with backoff; when the scrape keeps failing the URL is recorded as failed and the job
 * moves on. Qualifying and enriching are extras: when their servers fail the lead is kept without.
 */
export const processUrlFn = inngest.createFunction(
  {
    id: "jobs-process-url",
    name: "Jobs: process one URL",
    triggers: [{ event: "job/url.requested" }],
    retries: 3,
    concurrency: [
      { key: "event.data.orgSlot", limit: URL_SLOT_LIMIT },
      { key: "event.data.host", limit: PER_HOST_LIMIT },
    ],
    cancelOn: [{ event: "job/cancelled", if: "async.data.jobId == event.data.jobId" }],
    // Anything else that fails for good (the database, say) still settles the URL.
    onFailure: async ({ event, step }) => {
      const data = ZJobUrlRequestedSchema.parse(event.data.event.data);
      const settled = await step.run("settle-failed", () =>
        settleUrl(data.jobId, data.jobUrlId, {
          outcome: "failed",
          error: event.data.error.message,
          lead: false,
          newLead: false,
          credits: 0,
        }),
      );
      if (settled.finished)
        await step.sendEvent(
          "job-finished",
          jobFinished.create({ jobId: data.jobId, orgId: data.orgId, status: settled.finished }),
        );
    },
  },
  async ({ event, step }) => {
    const data = ZJobUrlRequestedSchema.parse(event.data);
    const ref = { jobId: data.jobId, orgId: data.orgId, jobUrlId: data.jobUrlId, url: data.url };

    let scraped: ScrapeStep;
    try {
      scraped = await step.run("scrape", () => startAndScrape(data.jobId, data.jobUrlId, data.url));
    } catch (err) {
      // The scraper stayed unavailable through every retry: record it, let the job move on.
      scraped = {
        skipped: false,
        outcome: "failed",
        error: message(err),
        options: ZJobOptionsSchema.parse({}),
        rules: null,
      };
    }
    if (scraped.skipped) return { skipped: true };

    let settlement: Settlement;
    if (scraped.outcome === "completed" && scraped.site) {
      const { site, options, rules } = scraped;
      const lead = await step.run("save-lead", () => processLead(ref, site, options, rules));
      settlement = {
        outcome: "completed",
        lead: true,
        newLead: lead.newToJob,
        credits: lead.credits,
      };
    } else {
      settlement = {
        outcome: scraped.outcome,
        error: scraped.error,
        lead: false,
        newLead: false,
        credits: 0,
      };
    }

    const settled = await step.run("settle", () =>
      settleUrl(data.jobId, data.jobUrlId, settlement),
    );
    if (settled.finished)
      await step.sendEvent(
        "job-finished",
        jobFinished.create({ jobId: data.jobId, orgId: data.orgId, status: settled.finished }),
      );
    return { outcome: settlement.outcome, credits: settlement.credits };
  },
);
