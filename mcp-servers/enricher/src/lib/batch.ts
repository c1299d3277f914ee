import pLimit from "p-limit";
import { z } from "zod";
import { parseSiteInput } from "./domain";
import { enrichCompany, InputError } from "./enrich-company";
import type { Enricher } from "./enricher";
import { isDisposable, isWebmail } from "./email/lists";
import { checkSyntax } from "./email/syntax";
import { verifyEmail } from "./email/verify";
import { lookupLinkedin } from "./linkedin/lookup";
import {
  ZEnrichCompanyOutputSchema,
  ZLookupLinkedinOutputSchema,
  ZVerifyEmailOutputSchema,
} from "./schemas";

export const MAX_BATCH = 500;

export const ZBatchLeadSchema = z.object({
  id: z.string().max(200).optional().describe("Your own id for the lead, echoed back"),
  domain: z.string().max(2048).optional().describe("Company domain or website URL"),
  email: z.string().max(320).optional().describe("Address to verify"),
  name: z.string().max(200).optional().describe("Person's full name, for the LinkedIn lookup"),
  company: z.string().max(200).optional().describe("Company name, for the LinkedIn lookup"),
});
export type BatchLead = z.infer<typeof ZBatchLeadSchema>;

export const ZBatchOptionsSchema = z.object({
  concurrency: z
    .number()
    .int()
    .min(1)
    .max(32)
    .optional()
    .describe("Leads worked on at once (default ENRICH_CONCURRENCY, 8)"),
  include: z
    .array(z.enum(["company", "email", "linkedin"]))
    .min(1)
    .optional()
    .describe("Which enrichments to run (default all that the lead has input for)"),
});
export type BatchOptions = z.infer<typeof ZBatchOptionsSchema>;

export const ZBatchItemSchema = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  ok: z.boolean().describe("false when any part failed; the parts that worked are still given"),
  company: ZEnrichCompanyOutputSchema.optional(),
  email: ZVerifyEmailOutputSchema.optional(),
  linkedin: ZLookupLinkedinOutputSchema.optional(),
  errors: z.array(z.object({ part: z.string(), message: z.string() })),
});
export type BatchItem = z.infer<typeof ZBatchItemSchema>;

export const ZBatchOutputSchema = z.object({
  results: z.array(ZBatchItemSchema),
  summary: z.object({
    total: z.number().int(),
    succeeded: z.number().int(),
    failed: z.number().int(),
    cache: z
      .object({ hits: z.number().int(), misses: z.number().int() })
      .describe(
        "Provider calls answered from the cache (or joined in flight) vs made while this batch ran; includes calls of other requests running at the same time",
      ),
  }),
});
export type BatchOutput = z.infer<typeof ZBatchOutputSchema>;

/** The company domain to use: the lead's own, else its e-mail's when that is a company mailbox. */
function domainFor(lead: BatchLead): string | undefined {
  if (lead.domain?.trim()) return lead.domain;
  const s = lead.email ? checkSyntax(lead.email) : undefined;
  if (s?.ok && !isWebmail(s.domain) && !isDisposable(s.domain)) return s.domain;
  return undefined;
}

async function enrichLead(
  enricher: Enricher,
  lead: BatchLead,
  index: number,
  include: Set<string>,
): Promise<BatchItem> {
  const item: BatchItem = { index, id: lead.id, ok: true, errors: [] };
  const fail = (part: string, err: unknown) => {
    item.ok = false;
    const message =
      err instanceof InputError
        ? err.message
        : `Could not ${part}: ${err instanceof Error ? err.message : String(err)}`;
    item.errors.push({ part, message });
  };
  const domain = domainFor(lead);
  if (!domain && !lead.email) fail("lead", new InputError("A lead needs a domain or an email"));
  const work: Promise<void>[] = [];
  if (domain && include.has("company"))
    work.push(
      enrichCompany(enricher, domain).then(
        (r) => void (item.company = r),
        (e) => fail("company", e),
      ),
    );
  if (lead.email && include.has("email"))
    work.push(
      verifyEmail(lead.email, enricher.email).then(
        (r) => void (item.email = r),
        (e) => fail("email", e),
      ),
    );
  if (lead.name && lead.company && include.has("linkedin")) {
    const site = domain ? parseSiteInput(domain, enricher.allowlist) : undefined;
    work.push(
      lookupLinkedin(
        { name: lead.name, company: lead.company, site: site?.ok ? site.site : undefined },
        { website: enricher.website, search: enricher.search },
      ).then(
        (r) => void (item.linkedin = r),
        (e) => fail("linkedin", e),
      ),
    );
  }
  await Promise.all(work);
  return item;
}

/** Enriches up to MAX_BATCH leads with bounded concurrency; a lead's failure stays its own. */
export async function enrichBatch(
  enricher: Enricher,
  leads: BatchLead[],
  options: BatchOptions = {},
): Promise<BatchOutput> {
  if (leads.length > MAX_BATCH)
    throw new InputError(
      `At most ${MAX_BATCH} leads per call, got ${leads.length}: split the list`,
    );
  const limit = pLimit(options.concurrency ?? enricher.env.ENRICH_CONCURRENCY);
  const include = new Set(options.include ?? ["company", "email", "linkedin"]);
  const before = { ...enricher.memo.stats };
  const results = await Promise.all(
    leads.map((lead, i) => limit(() => enrichLead(enricher, lead, i, include))),
  );
  const succeeded = results.filter((r) => r.ok).length;
  return {
    results,
    summary: {
      total: results.length,
      succeeded,
      failed: results.length - succeeded,
      cache: {
        hits: enricher.memo.stats.hits - before.hits,
        misses: enricher.memo.stats.misses - before.misses,
      },
    },
  };
}
