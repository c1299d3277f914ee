import type { CallKeys } from "./call-keys";
import { runCompanyWaterfall } from "./company/waterfall";
import { parseSiteInput, type SiteTarget } from "./domain";
import type { Enricher } from "./enricher";
import type { EnrichCompanyOutput } from "./schemas";

/** Bad input the caller can fix; tools turn it into an isError result. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export async function enrichCompany(
  enricher: Enricher,
  domain: string,
  call?: CallKeys,
): Promise<EnrichCompanyOutput> {
  const parsed = parseSiteInput(domain, enricher.allowlist);
  if (!parsed.ok) throw new InputError(`Invalid domain: ${parsed.error}`);
  return enrichSite(enricher, parsed.site, call);
}

/** The waterfall for a site already parsed (enrich_batch parses each lead's domain once). */
export async function enrichSite(
  enricher: Enricher,
  site: SiteTarget,
  call?: CallKeys,
): Promise<EnrichCompanyOutput> {
  const { data, fields, attempts } = await runCompanyWaterfall(
    site,
    enricher.forCall(call).companyProviders,
  );
  return {
    domain: site.key,
    ...data,
    socials: data.socials ?? [],
    techStack: data.techStack ?? [],
    fields,
    attempts,
  };
}
