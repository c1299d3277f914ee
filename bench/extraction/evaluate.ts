// Runs the corpus through an extractor and scores it against the ground truth.
// Leadscout: extractPage per page, root page first; its inferred country is passed to the
// site's other pages (what the crawler does); results are merged per site.
// Peer: Crawlee's social.parseHandlesFromHtml per page, merged per site; its phone strings
// are normalized with the site's country from the ground truth.
import { social } from "@crawlee/utils";
import { extractPage } from "../../mcp-servers/scraper/src/lib/extract/index";
import { fetchPage, listPages, type SiteTruth } from "./corpus";
import {
  canonicalEmail,
  canonicalPhone,
  canonicalSocial,
  emptyCounts,
  scoreSite,
  type Counts,
  type Kind,
} from "./score";

export interface SiteFindings {
  emails: Set<string>;
  phones: Set<string>;
  socials: Set<string>;
  faxes: Set<string>;
  pages: number;
  scriptBuilt: Set<string>;
  /** Person names, lowercased (Leadscout only; the peer has no people extraction). */
  people: Set<string>;
}

export type Extractor = (
  html: string,
  pageUrl: string,
  site: { truth: SiteTruth; country?: string },
) => {
  emails: string[];
  phones: { value: string; fax?: boolean }[];
  socials: string[];
  country?: string;
  scriptBuilt?: boolean;
  people?: string[];
};

export const leadscout: Extractor = (html, pageUrl, site) => {
  const r = extractPage(html, pageUrl, site.country ? { country: site.country } : {});
  return {
    emails: r.emails.map((e) => e.value),
    phones: r.phones.map((p) => ({ value: p.value, fax: p.kind === "fax" })),
    socials: r.socials.map((s) => s.url),
    country: r.country,
    scriptBuilt: r.looksScriptBuilt,
    people: r.people.map((p) => p.name),
  };
};

/** Leadscout with every page on its own (no country carried over from the root page). */
export const leadscoutStandalone: Extractor = (html, pageUrl, site) =>
  leadscout(html, pageUrl, { truth: site.truth });

/** Crawlee's peer; `uncertain` adds its phonesUncertain list to its phones. */
export function crawlee(uncertain: boolean): Extractor {
  return (html) => {
    const h = social.parseHandlesFromHtml(html);
    const phones = uncertain ? [...h.phones, ...h.phonesUncertain] : h.phones;
    return {
      emails: h.emails,
      phones: phones.map((value) => ({ value })),
      socials: [
        ...h.linkedIns,
        ...h.twitters,
        ...h.instagrams,
        ...h.facebooks,
        ...h.youtubes,
        ...h.tiktoks,
      ],
    };
  };
}

export async function collect(
  origin: string,
  site: string,
  truth: SiteTruth,
  extractor: Extractor,
  cache: Map<string, string>,
): Promise<SiteFindings> {
  const found: SiteFindings = {
    emails: new Set(),
    phones: new Set(),
    socials: new Set(),
    faxes: new Set(),
    pages: 0,
    scriptBuilt: new Set(),
    people: new Set(),
  };
  let country: string | undefined;
  for (const page of await listPages(site)) {
    const key = `${site}/${page}`;
    const html = cache.get(key) ?? (await fetchPage(origin, site, page));
    cache.set(key, html);
    const r = extractor(html, new URL(page, truth.url).href, { truth, country });
    if (page === "index.html") country = r.country;
    found.pages++;
    for (const e of r.emails) found.emails.add(canonicalEmail(e));
    for (const p of r.phones) {
      const v = canonicalPhone(p.value, truth.country);
      found.phones.add(v);
      if (p.fax) found.faxes.add(v);
    }
    for (const s of r.socials) found.socials.add(canonicalSocial(s));
    if (r.scriptBuilt) found.scriptBuilt.add(page);
    for (const name of r.people ?? []) found.people.add(name.toLowerCase());
  }
  return found;
}

export type Scores = Record<Kind, Counts>;

export function score(all: Record<string, { truth: SiteTruth; found: SiteFindings }>): Scores {
  const s: Scores = { emails: emptyCounts(), phones: emptyCounts(), socials: emptyCounts() };
  for (const [site, { truth, found }] of Object.entries(all)) {
    scoreSite(
      s.emails,
      "emails",
      site,
      found.emails,
      new Set(truth.emails.map(canonicalEmail)),
      truth.traps.emails.map(canonicalEmail),
    );
    scoreSite(
      s.phones,
      "phones",
      site,
      found.phones,
      new Set(truth.phones.map((p) => canonicalPhone(p, truth.country))),
      truth.traps.phones,
    );
    scoreSite(
      s.socials,
      "socials",
      site,
      found.socials,
      new Set(truth.socials.map(canonicalSocial)),
      truth.traps.socials.map(canonicalSocial),
    );
  }
  return s;
}

/** Share of ground-truth people whose name was found, and names reported that are not in the truth. */
export function peopleScore(all: Record<string, { truth: SiteTruth; found: SiteFindings }>): {
  recall: number;
  extra: string[];
} {
  let expected = 0;
  let hit = 0;
  const extra: string[] = [];
  for (const [site, { truth, found }] of Object.entries(all)) {
    const names = new Set(truth.people.map((p) => p.name.toLowerCase()));
    expected += names.size;
    for (const n of names) if (found.people.has(n)) hit++;
    for (const n of found.people) if (!names.has(n)) extra.push(`${site}: ${n}`);
  }
  return { recall: expected ? hit / expected : 1, extra };
}
