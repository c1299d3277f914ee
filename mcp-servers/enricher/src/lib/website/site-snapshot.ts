import { isFetchError, type SafeFetch, type SafeResponse } from "@leadscout/http";
import { extractPage, type PageExtraction } from "@leadscout/mcp-scraper/extract";
import { employeeRangeOf } from "../company/employee-range";
import type { SiteTarget } from "../domain";
import { socialFromUrl } from "../providers/socials";
import type { FieldConfidence } from "../providers/types";
import { ProviderError } from "../resilience/errors";
import type { CompanyData, Social } from "../schemas";
import { readPageFacts, type PageFacts } from "./page-facts";
import { detectTechStack } from "./tech-stack";

export interface SiteLinkedin {
  url: string;
  kind: "person" | "company";
  sourceUrl: string;
  /** The person the link sits next to on a team page, when the extractor tied it to one. */
  personName?: string;
}

/** Everything the enricher keeps from one visit to a company's site; cached per domain. */
export interface SiteSnapshot {
  finalUrl: string;
  pages: string[];
  company: CompanyData;
  confidence: FieldConfidence;
  linkedin: SiteLinkedin[];
}

// Pages besides the home page worth one more request: where names, LinkedIn links and the
// company's self-description live.
const EXTRA_PAGE =
  /\b(?:about|team|people|leadership|management|company|who-we-are|ueber-uns|uber-uns|unternehmen|equipe|impressum)\b/i;
const MAX_EXTRA_PAGES = 2;

async function fetchHome(
  fetch: SafeFetch,
  site: SiteTarget,
  signal: AbortSignal,
  timeoutMs: number,
) {
  let lastError: unknown;
  for (const origin of site.origins) {
    try {
      const res = await fetch(`${origin}/`, { signal, timeoutMs, maxBytes: 3 * 1024 * 1024 });
      if (res.status >= 400)
        throw new ProviderError("website", "http_error", `${origin}/ answered ${res.status}`, {
          status: res.status,
        });
      return res;
    } catch (err) {
      lastError = err;
      // Only a failure to connect is worth trying plain http for; an answer is an answer.
      if (!isFetchError(err) || !["network", "timeout", "idle_timeout"].includes(err.code)) break;
    }
  }
  if (lastError instanceof ProviderError) throw lastError;
  const message = lastError instanceof Error ? lastError.message : String(lastError);
  const timedOut = isFetchError(lastError) && lastError.code.includes("timeout");
  throw new ProviderError("website", timedOut ? "timeout" : "network", message, {
    cause: lastError,
  });
}

function yearOf(date: string | undefined): number | undefined {
  const y = Number(/\b(1[6-9]\d\d|20\d\d)\b/.exec(date ?? "")?.[1]);
  return Number.isFinite(y) && y > 0 ? y : undefined;
}

function uniqueSocials(items: (Social | undefined)[]): Social[] {
  const seen = new Set<string>();
  return items.filter((s): s is Social => !!s && !seen.has(s.url) && !!seen.add(s.url));
}

function companyFrom(
  home: SafeResponse,
  page: PageExtraction,
  facts: PageFacts,
  extra: PageExtraction[],
) {
  const org = facts.org;
  const confidence: FieldConfidence = {};
  const company: CompanyData = {};
  const set = <K extends keyof CompanyData>(k: K, v: CompanyData[K] | undefined, c: number) => {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return;
    company[k] = v;
    confidence[k] = c;
  };
  set(
    "name",
    page.company.name ?? org.name,
    org.name && page.company.name === org.name ? 0.95 : 0.75,
  );
  set("description", page.company.description ?? org.description, org.description ? 0.9 : 0.75);
  set("logoUrl", org.logo ?? facts.icon, org.logo ? 0.9 : 0.5);
  set("industry", org.industry, 0.6);
  set("employeeRange", employeeRangeOf(org.numberOfEmployees), 0.7);
  set("location", org.location, 0.8);
  set("founded", yearOf(org.foundingDate), 0.8);
  const companySocials = [page, ...extra]
    .flatMap((p) => p.socials)
    .filter((s) => s.kind !== "person")
    .map((s) => ({ platform: s.platform, url: s.url }));
  const sameAs = org.sameAs.map((u) => socialFromUrl(u, ""));
  set("socials", uniqueSocials([...companySocials, ...sameAs]), 0.9);
  const tech = detectTechStack({
    headers: home.headers,
    assets: facts.assets,
    generator: facts.meta.generator,
    html: facts.html,
  });
  set("techStack", tech, 0.9);
  return { company, confidence };
}

function linkedinFrom(pages: PageExtraction[], urls: string[]): SiteLinkedin[] {
  const out = new Map<string, SiteLinkedin>();
  pages.forEach((p, i) => {
    const sourceUrl = urls[i]!;
    for (const s of p.socials)
      if (s.platform === "linkedin")
        out.set(s.url, {
          url: s.url,
          kind: s.kind === "person" ? "person" : "company",
          sourceUrl: s.sourceUrl || sourceUrl,
        });
    for (const person of p.people) {
      const profile = person.linkedin ? socialFromUrl(person.linkedin, "linkedin") : undefined;
      if (profile)
        out.set(profile.url, {
          url: profile.url,
          kind: "person",
          sourceUrl,
          personName: person.name,
        });
    }
  });
  return [...out.values()].map((l) => ({
    ...l,
    // A /company/ or /school/ path is a company whatever the page context said.
    kind: /linkedin\.com\/(?:company|school|showcase)\//.test(l.url)
      ? "company"
      : /linkedin\.com\/in\//.test(l.url)
        ? "person"
        : l.kind,
  }));
}

/** Visits the home page (and up to two about/team pages on the same host) once. */
export async function snapshotSite(
  fetch: SafeFetch,
  site: SiteTarget,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<SiteSnapshot> {
  const home = await fetchHome(fetch, site, signal, timeoutMs);
  const html = home.text();
  const page = extractPage(html, home.finalUrl);
  const facts = readPageFacts(html, home.finalUrl);
  const homeHost = new URL(home.finalUrl).host;
  const extraUrls = [
    ...new Set(
      page.links
        .filter((l) => {
          try {
            const u = new URL(l.href);
            return (
              u.host === homeHost &&
              u.pathname !== "/" &&
              EXTRA_PAGE.test(`${u.pathname} ${l.text}`)
            );
          } catch {
            return false;
          }
        })
        .map((l) => l.href),
    ),
  ].slice(0, MAX_EXTRA_PAGES);
  const extra: PageExtraction[] = [];
  const fetched: string[] = [];
  for (const url of extraUrls) {
    // A broken about page must not lose what the home page already gave.
    const res = await fetch(url, { signal, timeoutMs, maxBytes: 3 * 1024 * 1024 }).catch(
      () => undefined,
    );
    if (!res || res.status >= 400) continue;
    extra.push(extractPage(res.text(), res.finalUrl));
    fetched.push(res.finalUrl);
  }
  const { company, confidence } = companyFrom(home, page, facts, extra);
  return {
    finalUrl: home.finalUrl,
    pages: [home.finalUrl, ...fetched],
    company,
    confidence,
    linkedin: linkedinFrom([page, ...extra], [home.finalUrl, ...fetched]),
  };
}
