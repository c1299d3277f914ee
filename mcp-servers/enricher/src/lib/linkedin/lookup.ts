import type { SiteTarget } from "../domain";
import type { LinkedinSearchClient } from "../providers/linkedin-search";
import { socialFromUrl } from "../providers/socials";
import type { WebsiteProvider } from "../providers/website";
import { isProviderError } from "../resilience/errors";
import type { Attempt, LinkedinCandidate, LookupLinkedinOutput } from "../schemas";
import { nameOverlap } from "./name-match";

export interface LinkedinLookupDeps {
  website: WebsiteProvider;
  search?: LinkedinSearchClient;
}

export interface LinkedinQuery {
  name: string;
  company: string;
  site?: SiteTarget;
}

function kindOf(url: string): "person" | "company" | undefined {
  if (/linkedin\.com\/in\//.test(url)) return "person";
  if (/linkedin\.com\/(?:company|school|showcase)\//.test(url)) return "company";
  return undefined;
}

/**
 * LinkedIn candidates with evidence, never built from a name: first the links on the company's
 * own site (the company page, and a person's profile next to their name or with their name in
 * the slug), then a search provider for whatever the site did not give.
 */
export async function lookupLinkedin(
  q: LinkedinQuery,
  deps: LinkedinLookupDeps,
): Promise<LookupLinkedinOutput> {
  const attempts: Attempt[] = [];
  const found = new Map<string, LinkedinCandidate>();
  const add = (c: LinkedinCandidate) => {
    const prev = found.get(c.url);
    if (!prev || prev.confidence < c.confidence) found.set(c.url, c);
  };

  if (q.site) {
    try {
      const { value, cached } = await deps.website.snapshot(q.site);
      for (const link of value.linkedin) {
        if (link.kind === "company") {
          add({
            url: link.url,
            kind: "company",
            confidence: 0.9,
            evidence: `linked from ${link.sourceUrl}`,
          });
          continue;
        }
        const byName = link.personName ? nameOverlap(q.name, link.personName) : 0;
        const bySlug = nameOverlap(q.name, link.url.split("/in/")[1] ?? "");
        const score = Math.max(byName, bySlug);
        if (score < 1) continue; // someone else on the team page
        add({
          url: link.url,
          kind: "person",
          confidence: byName === 1 ? 0.9 : 0.75,
          evidence:
            byName === 1
              ? `linked next to "${link.personName}" on ${link.sourceUrl}`
              : `linked from ${link.sourceUrl}; the profile address carries the name`,
        });
      }
      attempts.push({ provider: "website", outcome: found.size ? "filled" : "empty", cached });
    } catch (err) {
      if (!isProviderError(err)) throw err;
      attempts.push({ provider: "website", outcome: err.kind, message: err.message });
    }
  }

  const has = (kind: "person" | "company") => [...found.values()].some((c) => c.kind === kind);
  if (deps.search) {
    for (const kind of ["person", "company"] as const) {
      if (has(kind)) continue;
      const query = kind === "person" ? `${q.name} ${q.company}` : q.company;
      try {
        const { value, cached } = await deps.search.search(query, kind);
        let added = 0;
        for (const hit of value) {
          const profile = socialFromUrl(hit.url, "linkedin");
          if (!profile || profile.platform !== "linkedin" || kindOf(profile.url) !== kind) continue;
          const text = `${hit.title ?? ""} ${hit.snippet ?? ""} ${profile.url}`;
          const nameFit =
            kind === "person" ? nameOverlap(q.name, text) : nameOverlap(q.company, text);
          if (nameFit < 0.5) continue;
          const companyFit = kind === "person" ? nameOverlap(q.company, text) : 1;
          const confidence = Math.round((0.35 + 0.25 * nameFit + 0.2 * companyFit) * 100) / 100;
          add({
            url: profile.url,
            kind,
            confidence,
            evidence: `returned by the search provider for "${query}"`,
          });
          added++;
        }
        attempts.push({
          provider: "linkedin_search",
          outcome: added ? "filled" : "empty",
          cached,
          fields: [kind],
        });
      } catch (err) {
        if (!isProviderError(err)) throw err;
        attempts.push({
          provider: "linkedin_search",
          outcome: err.kind,
          message: err.message,
          fields: [kind],
        });
      }
    }
  }

  // Surest first; on a tie the person (what was asked for) before the company.
  const candidates = [...found.values()]
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        (a.kind === "person" ? -1 : 1) - (b.kind === "person" ? -1 : 1),
    )
    .slice(0, 10);
  return { candidates, attempts };
}
