import pLimit from "p-limit";
import { parseSiteInput, type SiteTarget } from "./domain";
import { enrichSite, InputError } from "./enrich-company";
import type { Enricher } from "./enricher";
import { isDisposable, isWebmail } from "./email/lists";
import { checkSyntax } from "./email/syntax";
import { verifyEmail } from "./email/verify";
import { lookupLinkedin } from "./linkedin/lookup";
import {
  MAX_BATCH,
  type BatchItem,
  type BatchLead,
  type BatchOptions,
  type BatchOutput,
} from "./batch-schemas";
import type { EnrichCompanyOutput } from "./schemas";

/** What the leads of one enrich_batch call share. */
interface BatchRun {
  enricher: Enricher;
  include: Set<string>;
  /** One waterfall per domain per batch, however many leads name it. */
  companies: Map<string, Promise<EnrichCompanyOutput>>;
}

/** The company domain to use: the lead's own, else its e-mail's when that is a company mailbox. */
function domainFor(lead: BatchLead): string | undefined {
  if (lead.domain?.trim()) return lead.domain;
  const s = lead.email ? checkSyntax(lead.email) : undefined;
  if (s?.ok && !isWebmail(s.domain) && !isDisposable(s.domain)) return s.domain;
  return undefined;
}

function failPart(item: BatchItem, part: string, err: unknown): void {
  item.ok = false;
  const message =
    err instanceof InputError
      ? err.message
      : `Could not ${part}: ${err instanceof Error ? err.message : String(err)}`;
  item.errors.push({ part, message });
}

function companyOf(run: BatchRun, site: SiteTarget): Promise<EnrichCompanyOutput> {
  let company = run.companies.get(site.key);
  if (!company) {
    company = enrichSite(run.enricher, site);
    run.companies.set(site.key, company);
  }
  return company;
}

async function enrichLead(run: BatchRun, lead: BatchLead, index: number): Promise<BatchItem> {
  const { enricher, include } = run;
  const item: BatchItem = { index, id: lead.id, ok: true, errors: [] };
  const domain = domainFor(lead);
  if (!domain && !lead.email)
    failPart(item, "lead", new InputError("A lead needs a domain or an email"));
  // Parsed once for both the company and the LinkedIn part.
  const site = domain ? parseSiteInput(domain, enricher.allowlist) : undefined;
  const work: Promise<void>[] = [];
  if (site && include.has("company")) {
    if (site.ok)
      work.push(
        companyOf(run, site.site).then(
          (r) => void (item.companyKey = r.domain),
          (e: unknown) => failPart(item, "company", e),
        ),
      );
    else failPart(item, "company", new InputError(`Invalid domain: ${site.error}`));
  }
  if (lead.email && include.has("email"))
    work.push(
      verifyEmail(lead.email, enricher.email).then(
        (r) => void (item.email = r),
        (e: unknown) => failPart(item, "email", e),
      ),
    );
  if (lead.name && lead.company && include.has("linkedin"))
    work.push(
      lookupLinkedin(
        { name: lead.name, company: lead.company, site: site?.ok ? site.site : undefined },
        { website: enricher.website, search: enricher.search },
      ).then(
        (r) => void (item.linkedin = r),
        (e: unknown) => failPart(item, "linkedin", e),
      ),
    );
  await Promise.all(work);
  return item;
}

/**
 * Enriches up to MAX_BATCH leads with bounded concurrency; a lead's failure stays its own. Each
 * domain's company is looked up once per batch and given once, in `companies`.
 */
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
  const run: BatchRun = {
    enricher,
    include: new Set(options.include ?? ["company", "email", "linkedin"]),
    companies: new Map(),
  };
  const before = { ...enricher.memo.stats };
  const results = await Promise.all(leads.map((lead, i) => limit(() => enrichLead(run, lead, i))));
  const companies: Record<string, EnrichCompanyOutput> = {};
  for (const settled of await Promise.allSettled(run.companies.values()))
    if (settled.status === "fulfilled") companies[settled.value.domain] = settled.value;
  const succeeded = results.filter((r) => r.ok).length;
  return {
    results,
    companies,
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
