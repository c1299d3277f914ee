import { z } from "zod";
import type { SiteTarget } from "../domain";
import { employeeRangeOf } from "../company/employee-range";
import type { ProviderGuard } from "../resilience/provider-guard";
import type { CompanyData } from "../schemas";
import { getJson } from "./http-json";
import { socialFromUrl } from "./socials";
import {
  cachedGuarded,
  type CompanyAnswer,
  type CompanyProvider,
  type ProviderDeps,
} from "./types";

// Apollo organization enrichment: GET /api/v1/organizations/enrich?domain=<domain> with the key in
// the `x-api-key` header. An unknown domain comes back as 200 with no `organization` (or 404).
const ZApolloOrgSchema = z.object({
  organization: z
    .object({
      name: z.string().nullish(),
      short_description: z.string().nullish(),
      logo_url: z.string().nullish(),
      industry: z.string().nullish(),
      estimated_num_employees: z.number().nullish(),
      founded_year: z.number().int().nullish(),
      city: z.string().nullish(),
      state: z.string().nullish(),
      country: z.string().nullish(),
      linkedin_url: z.string().nullish(),
      twitter_url: z.string().nullish(),
      facebook_url: z.string().nullish(),
      current_technologies: z
        .array(z.object({ name: z.string(), category: z.string().nullish() }))
        .nullish(),
      technology_names: z.array(z.string()).nullish(),
    })
    .nullish(),
});

export class ApolloCompanyProvider implements CompanyProvider {
  readonly name = "apollo";
  readonly confidence = {
    name: 0.85,
    description: 0.75,
    logoUrl: 0.7,
    industry: 0.8,
    employeeRange: 0.8,
    location: 0.75,
    founded: 0.8,
    socials: 0.75,
    techStack: 0.6,
  };

  constructor(
    private readonly deps: ProviderDeps,
    readonly guard: ProviderGuard,
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
  ) {}

  async lookup(site: SiteTarget): Promise<CompanyAnswer> {
    const { value, cached } = await cachedGuarded(
      this.deps,
      this.guard,
      site.domain,
      async (signal) => {
        const url = new URL("/api/v1/organizations/enrich", this.baseUrl);
        url.searchParams.set("domain", site.domain);
        const res = await getJson(this.deps.fetch, "apollo", url.href, ZApolloOrgSchema, {
          headers: { "x-api-key": this.apiKey, "cache-control": "no-cache" },
          signal,
          timeoutMs: this.timeoutMs,
          okStatuses: [404],
        });
        const o = res.body?.organization;
        if (!o) return {} satisfies CompanyData;
        const socials = [
          socialFromUrl(o.linkedin_url ?? undefined, "linkedin"),
          socialFromUrl(o.twitter_url ?? undefined, "twitter"),
          socialFromUrl(o.facebook_url ?? undefined, "facebook"),
        ].filter((s) => s !== undefined);
        const tech = o.current_technologies?.length
          ? o.current_technologies.map((t) => ({
              name: t.name,
              category: t.category ?? "other",
              evidence: "apollo",
            }))
          : (o.technology_names ?? []).map((name) => ({
              name,
              category: "other",
              evidence: "apollo",
            }));
        const location = [o.city, o.state, o.country].filter(Boolean).join(", ");
        const data: CompanyData = {
          name: o.name ?? undefined,
          description: o.short_description ?? undefined,
          logoUrl: o.logo_url ?? undefined,
          industry: o.industry ?? undefined,
          employeeRange: employeeRangeOf(o.estimated_num_employees ?? undefined),
          location: location || undefined,
          founded: o.founded_year ?? undefined,
          socials: socials.length ? socials : undefined,
          techStack: tech.length ? tech : undefined,
        };
        return data;
      },
    );
    return { data: value, cached };
  }
}
