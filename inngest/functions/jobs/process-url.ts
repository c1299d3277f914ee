import { inngest } from "@/inngest/client";
import { ZJobUrlRequestedSchema, billingAutoTopUpCheck, jobFinished } from "@/inngest/events";
import { PER_HOST_LIMIT, URL_SLOT_LIMIT } from "@/lib/jobs/pipeline/concurrency";
import { enrichKeysOf } from "@/lib/jobs/pipeline/enrich-keys";
import { saveLeadAndSettle, type Scoring } from "@/lib/jobs/pipeline/lead-steps";
import { llmQualification } from "@/lib/jobs/pipeline/qualify";
import { startAndScrape, type ScrapeStep } from "@/lib/jobs/pipeline/scrape-step";
import { processUrl, type Processed } from "@/lib/jobs/pipeline/process";
import { jobEndedAs, settleUrl, type Settled } from "@/lib/jobs/pipeline/settle";
import { ZJobOptionsSchema } from "@/lib/jobs/schemas";
import { ZQualificationSchema, leadDataFor } from "@/lib/leads";
import { log } from "@leadscout/log";
import { qualifyLlmFn } from "./qualify-llm";

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * job/url.requested → with rules scoring (the embedded default) one step, "process": claim,
 * crawl, score, enrich, then upsert, store, charge and count in one transaction (the last URL ends
 * the job). With an LLM configured: "scrape" → "qualify-llm" (the throttled LLM function) →
 * "settle". Every step is a round trip through the executor, so the work is grouped where a replay
 * is harmless. Steps are retried with backoff; when they keep failing the URL is recorded as
 * failed and the job moves on. Scoring and enriching are extras: when their servers fail the lead
 * is kept without.
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
          charges: [],
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
    // Which enrichment providers run on the organization's own keys (the keys are opened by the
    // step that calls the enricher, never carried here).
    const enrichKeys = enrichKeysOf(data);
    const finish = async (settled: Settled) => {
      if (settled.topUpDue)
        await step.sendEvent("auto-top-up", billingAutoTopUpCheck.create({ orgId: data.orgId }));
      if (settled.finished)
        await step.sendEvent(
          "job-finished",
          jobFinished.create({ jobId: data.jobId, orgId: data.orgId, status: settled.finished }),
        );
    };
    // The URL had settled already: a replay. If that settle ended the job, announce it again (the
    // first run may have stopped between its commit and the announcement).
    const replayed = async () => {
      const finished = await step.run("ended", () => jobEndedAs(data.jobId));
      await finish({ changed: false, credits: 0, ...(finished ? { finished } : {}) });
      return { skipped: true };
    };

    if (!(data.llm ?? llmQualification())) {
      // Rules scoring (the embedded default): the whole URL is one step.
      let processed: Processed;
      try {
        processed = await step.run("process", () => processUrl(ref, enrichKeys));
      } catch (err) {
        // The scraper (or the database) stayed unavailable through every retry: record it.
        processed = {
          skipped: false,
          ...(await step.run("settle-failed", () =>
            settleUrl(data.jobId, data.jobUrlId, {
              outcome: "failed",
              error: message(err),
              lead: false,
              newLead: false,
              charges: [],
            }),
          )),
        };
      }
      if (processed.skipped) return replayed();
      await finish(processed);
      return { credits: processed.credits };
    }

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
    if (scraped.skipped) return replayed();
    const { site, options, rules } = scraped;

    // The LLM path: scrape, score through the throttled LLM function, then settle.
    let scoring: Scoring = options.qualify ? { kind: "inline", rules } : { kind: "none" };
    const ownKey = data.ownKeys?.includes("anthropic") ?? false;
    if (site && options.qualify) {
      try {
        const raw = await step.invoke("qualify-llm", {
          function: qualifyLlmFn,
          data: {
            jobUrlId: data.jobUrlId,
            leadData: leadDataFor(site),
            rules,
            ...(ownKey ? { ownKeyOf: data.orgId } : {}),
          },
          timeout: "30m",
        });
        scoring = { kind: "done", qualification: ZQualificationSchema.parse(raw), ownKey };
      } catch (err) {
        log.warn("lead kept without qualification", { jobUrlId: data.jobUrlId, err: message(err) });
        scoring = { kind: "none" };
      }
    }

    const settled = await step.run("settle", () =>
      scraped.outcome === "completed" && site
        ? saveLeadAndSettle(ref, site, options, scoring, enrichKeys)
        : settleUrl(data.jobId, data.jobUrlId, {
            outcome: scraped.outcome,
            error: scraped.error,
            lead: false,
            newLead: false,
            charges: [],
          }),
    );
    await finish(settled);
    return { outcome: scraped.outcome, credits: settled.credits };
  },
);
