import type { SiteTarget } from "../domain";
import type { ProviderGuard } from "../resilience/provider-guard";
import { snapshotSite, type SiteSnapshot } from "../website/site-snapshot";
import {
  cachedGuarded,
  type CompanyAnswer,
  type CompanyProvider,
  type ProviderDeps,
} from "./types";

/**
 * The company's own site, through the SSRF-safe fetch. Its snapshot is cached per domain and is
 * shared with the LinkedIn lookup, so a domain is visited once per TTL whatever asks for it.
 */
export class WebsiteProvider implements CompanyProvider {
  readonly name = "website";
  readonly confidence = {
    name: 0.75,
    description: 0.75,
    logoUrl: 0.5,
    industry: 0.6,
    employeeRange: 0.7,
    location: 0.8,
    founded: 0.8,
    socials: 0.9,
    techStack: 0.9,
  };

  constructor(
    private readonly deps: ProviderDeps,
    readonly guard: ProviderGuard,
    private readonly timeoutMs: number,
  ) {}

  snapshot(site: SiteTarget): Promise<{ value: SiteSnapshot; cached: boolean }> {
    return cachedGuarded(this.deps, this.guard, site.key, (signal) =>
      snapshotSite(this.deps.fetch, site, signal, this.timeoutMs),
    );
  }

  async lookup(site: SiteTarget): Promise<CompanyAnswer> {
    const { value, cached } = await this.snapshot(site);
    return { data: value.company, confidence: value.confidence, cached };
  }
}
