import { inngest } from "@/inngest/client";
import { ZJobUrlRequestedSchema, jobFinished } from "@/inngest/events";
import { PER_HOST_LIMIT, URL_SLOT_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import { enrichLead, qualifyLead, saveLead } from "@/lib/jobs/pipeline/lead-steps";
import { startAndScrape } from "@/lib/jobs/pipeline/scrape-step";
import { settleUrl, type Settlement } from "@/lib/jobs/pipeline/settle";
import { log } from "@/lib/log";

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * job/url.requested → scrape → save the lead → qualify → enrich → settle. Each step is retried
 * with backoff; when the scrape keeps failing the URL is recorded as failed and the job moves on.
 * Qualifying and enriching are extras: when they keep failing the lead is kept without them.
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

    let settlement: Settlement;
    let scraped;
    try {
      scraped = await step.run("scrape", () => startAndScrape(data.jobId, data.jobUrlId, data.url));
    } catch (err) {
      scraped = { skipped: false as const, outcome: "failed" as const, error: message(err) };
    }
    if (scraped.skipped) return { skipped: true };

    if (scraped.outcome !== "completed" || !scraped.site) {
      settlement = {
        outcome: scraped.outcome,
        error: scraped.error,
        lead: false,
        newLead: false,
        credits: 0,
      };
    } else {
      const site = scraped.site;
      const options = scraped.options!;
      const saved = await step.run("save-lead", () => saveLead(ref, site));
      let credits = saved.charged;
      // A lead this job has already found (the same company on two URLs) is scored and enriched once.
      if (options.qualify && saved.newToJob) {
        try {
          credits += (await step.run("qualify", () => qualifyLead(ref, saved.leadId, site)))
            .charged;
        } catch (err) {
          log.warn("lead left unqualified", { jobUrlId: data.jobUrlId, err: message(err) });
        }
      }
      if (options.enrich && saved.newToJob) {
        try {
          credits += (await step.run("enrich", () => enrichLead(ref, saved.leadId, site.finalUrl)))
            .charged;
        } catch (err) {
          log.warn("lead left unenriched", { jobUrlId: data.jobUrlId, err: message(err) });
        }
      }
      settlement = { outcome: "completed", lead: true, newLead: saved.newToJob, credits };
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
