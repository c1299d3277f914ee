import { z } from "zod";
import type { SiteTarget } from "../domain";
import { employeeRangeOf } from "../company/employee-range";
import type { ProviderGuard } from "../resilience/provider-guard";
import type { CompanyData, EmailStatus } from "../schemas";
import { getJson } from "./http-json";
import { socialFromUrl } from "./socials";
import {
  cachedGuarded,
  type CompanyAnswer,
  type CompanyProvider,
  type ProviderDeps,
} from "./types";

// Hunter API v2: GET /v2/email-verifier?email=&api_key= and GET /v2/domain-search?domain=&api_key=.
// Only the fields used are declared; everything else Hunter sends is ignored.
const ZVerifierSchema = z.object({
  data: z.object({
    status: z.enum(["valid", "invalid", "accept_all", "webmail", "disposable", "unknown"]),
    result: z.string().nullish(),
    score: z.number().nullish(),
    email: z.string().nullish(),
    regexp: z.boolean().nullish(),
    gibberish: z.boolean().nullish(),
    disposable: z.boolean().nullish(),
    webmail: z.boolean().nullish(),
    mx_records: z.boolean().nullish(),
    smtp_server: z.boolean().nullish(),
    smtp_check: z.boolean().nullish(),
    accept_all: z.boolean().nullish(),
    block: z.boolean().nullish(),
  }),
});

const ZDomainSearchSchema = z.object({
  data: z.object({
    domain: z.string().nullish(),
    organization: z.string().nullish(),
    description: z.string().nullish(),
    industry: z.string().nullish(),
    headcount: z.string().nullish(),
    country: z.string().nullish(),
    state: z.string().nullish(),
    city: z.string().nullish(),
    twitter: z.string().nullish(),
    facebook: z.string().nullish(),
    linkedin: z.string().nullish(),
    instagram: z.string().nullish(),
    youtube: z.string().nullish(),
    technologies: z.array(z.string()).nullish(),
  }),
});

export interface HunterVerdict {
  status: EmailStatus;
  score?: number;
  smtpCheck?: boolean;
  /** Why the status is unknown (202 still verifying, 222 remote SMTP failure, 451 legal). */
  note?: string;
}

const PENDING_NOTES: Record<number, string> = {
  202: "Hunter is still verifying this address",
  222: "Hunter could not get an answer from the mail server",
  451: "Hunter may not process this address",
};

export class HunterClient {
  constructor(
    private readonly deps: ProviderDeps,
    readonly guard: ProviderGuard,
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
  ) {}

  private url(path: string, params: Record<string, string>): string {
    const u = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    u.searchParams.set("api_key", this.apiKey);
    return u.href;
  }

  verifyEmail(email: string): Promise<{ value: HunterVerdict; cached: boolean }> {
    return cachedGuarded(this.deps, this.guard, `verify:${email}`, async (signal) => {
      const res = await getJson(
        this.deps.fetch,
        "hunter",
        this.url("/v2/email-verifier", { email }),
        ZVerifierSchema,
        {
          signal,
          timeoutMs: this.timeoutMs,
          okStatuses: [202, 222, 451],
        },
      );
      if (!res.body) return { status: "unknown", note: PENDING_NOTES[res.status] };
      const d = res.body.data;
      return {
        status: d.status,
        score: d.score ?? undefined,
        smtpCheck: d.smtp_check ?? undefined,
      };
    });
  }

  domainSearch(domain: string): Promise<{ value: CompanyData; cached: boolean }> {
    return cachedGuarded(this.deps, this.guard, `domain:${domain}`, async (signal) => {
      const url = this.url("/v2/domain-search", { domain, limit: "10" });
      const res = await getJson(this.deps.fetch, "hunter", url, ZDomainSearchSchema, {
        signal,
        timeoutMs: this.timeoutMs,
        okStatuses: [404],
      });
      const d = res.body?.data;
      if (!d) return {};
      const location = [d.city, d.state, d.country].filter(Boolean).join(", ");
      const socials = (["linkedin", "twitter", "facebook", "instagram", "youtube"] as const)
        .map((p) => socialFromUrl(d[p] ?? undefined, p))
        .filter((s) => s !== undefined);
      const data: CompanyData = {
        name: d.organization ?? undefined,
        description: d.description ?? undefined,
        industry: d.industry ?? undefined,
        employeeRange: employeeRangeOf(d.headcount ?? undefined),
        location: location || undefined,
        socials: socials.length ? socials : undefined,
        techStack: d.technologies?.length
          ? d.technologies.map((name) => ({ name, category: "other", evidence: "hunter" }))
          : undefined,
      };
      return data;
    });
  }
}

export class HunterCompanyProvider implements CompanyProvider {
  readonly name = "hunter";
  readonly confidence = {
    name: 0.8,
    description: 0.7,
    industry: 0.7,
    employeeRange: 0.6,
    location: 0.6,
    socials: 0.7,
    techStack: 0.5,
  };
  constructor(private readonly client: HunterClient) {}

  get guard(): ProviderGuard {
    return this.client.guard;
  }

  async lookup(site: SiteTarget): Promise<CompanyAnswer> {
    const { value, cached } = await this.client.domainSearch(site.domain);
    return { data: value, cached };
  }
}
