import type { SiteTarget } from "../domain";
import type { LinkedinSearchClient } from "../providers/linkedin-search";
import { socialFromUrl } from "../providers/socials";
import type { WebsiteProvider } from "../providers/website";
import type { SiteLinkedin } from "../website/site-snapshot";
import { isProviderError } from "../resilience/errors";
import type { Attempt, LinkedinCandidate, LookupLinkedinOutput } from "../schemas";
import { nameOverlap, nameTokens, tokenOverlap } from "./name-match";

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

interface PreparedLink {
  /** The candidate as given when the link counts (a company page always does). */
  candidate: LinkedinCandidate;
  /** A person's profile: the name it sits next to and its slug, tokenised. */
  person?: { nameTokens?: Set<string>; slugTokens: Set<string>; bySlug: LinkedinCandidate };
}

// A cached snapshot is one frozen object shared by every lead of its domain: its links are
// tokenised and their candidates written once, not once per lead.
const prepared = new WeakMap<readonly SiteLinkedin[], PreparedLink[]>();

function prepareLink(link: SiteLinkedin): PreparedLink {
  if (link.kind === "company")
    return {
      candidate: {
        url: link.url,
        kind: "company",
        confidence: 0.9,
        evidence: `linked from ${link.sourceUrl}`,
      },
    };
  return {
    candidate: {
      url: link.url,
      kind: "person",
      confidence: 0.9,
      evidence: `linked next to "${link.personName}" on ${link.sourceUrl}`,
    },
    person: {
      nameTokens: link.personName ? new Set(nameTokens(link.personName)) : undefined,
      slugTokens: new Set(nameTokens(link.url.split("/in/")[1] ?? "")),
      bySlug: {
        url: link.url,
        kind: "person",
        confidence: 0.75,
        evidence: `linked from ${link.sourceUrl}; the profile address carries the name`,
      },
    },
  };
}

function prepare(links: readonly SiteLinkedin[]): PreparedLink[] {
  let out = prepared.get(links);
  if (!out) {
    out = links.map(prepareLink);
    prepared.set(links, out);
  }
  return out;
}

function add(found: Map<string, LinkedinCandidate>, c: LinkedinCandidate): void {
  const prev = found.get(c.url);
  if (!prev || prev.confidence < c.confidence) found.set(c.url, c);
}

function has(found: Map<string, LinkedinCandidate>, kind: "person" | "company"): boolean {
  for (const c of found.values()) if (c.kind === kind) return true;
  return false;
}

/**
 * The company's page, and the asked-for person's profile: linked next to their name, or with
 * their name in the slug (anyone else on the team page is left out).
 */
function fromSite(
  links: readonly SiteLinkedin[],
  wanted: readonly string[],
  found: Map<string, LinkedinCandidate>,
): void {
  for (const { candidate, person } of prepare(links)) {
    if (!person) add(found, candidate);
    else if (person.nameTokens && tokenOverlap(wanted, person.nameTokens) === 1)
      add(found, candidate);
    else if (tokenOverlap(wanted, person.slugTokens) === 1) add(found, person.bySlug);
  }
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

  if (q.site) {
    try {
      const { value, cached } = await deps.website.snapshot(q.site);
      fromSite(value.linkedin, nameTokens(q.name), found);
      attempts.push({ provider: "website", outcome: found.size ? "filled" : "empty", cached });
    } catch (err) {
      if (!isProviderError(err)) throw err;
      attempts.push({ provider: "website", outcome: err.kind, message: err.message });
    }
  }

  if (deps.search) {
    for (const kind of ["person", "company"] as const) {
      if (has(found, kind)) continue;
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
          add(found, {
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
