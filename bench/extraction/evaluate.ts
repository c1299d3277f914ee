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
  /** The first title reported for each of those names. */
  titles: Map<string, string | undefined>;
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
  people?: { name: string; title?: string }[];
};

export const leadscout: Extractor = (html, pageUrl, site) => {
  const r = extractPage(html, pageUrl, site.country ? { country: site.country } : {});
  return {
    emails: r.emails.map((e) => e.value),
    phones: r.phones.map((p) => ({ value: p.value, fax: p.kind === "fax" })),
    socials: r.socials.map((s) => s.url),
    country: r.country,
    scriptBuilt: r.looksScriptBuilt,
    people: r.people.map((p) => ({ name: p.name, title: p.title })),
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
    titles: new Map(),
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
    for (const p of r.people ?? []) {
      const key = p.name.toLowerCase();
      found.people.add(key);
      if (!found.titles.has(key)) found.titles.set(key, p.title);
    }
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

export interface PeopleScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Names reported that are not in the ground truth, and ground-truth names not found. */
  extra: string[];
  missed: string[];
  /** Of the found people whose title the ground truth gives: how many came with that title. */
  titles: { expected: number; kept: number; wrong: string[] };
}

/** People names scored like the other kinds (precision, recall), plus whether their titles were kept. */
export function peopleScore(
  all: Record<string, { truth: SiteTruth; found: SiteFindings }>,
): PeopleScore {
  const s: PeopleScore = {
    precision: 1,
    recall: 1,
    tp: 0,
    fp: 0,
    fn: 0,
    extra: [],
    missed: [],
    titles: { expected: 0, kept: 0, wrong: [] },
  };
  for (const [site, { truth, found }] of Object.entries(all)) {
    const names = new Map(truth.people.map((p) => [p.name.toLowerCase(), p.title]));
    for (const [n, title] of names) {
      if (!found.people.has(n)) {
        s.fn++;
        s.missed.push(`${site}: ${n}`);
        continue;
      }
      s.tp++;
      if (title === undefined) continue;
      s.titles.expected++;
      const got = found.titles.get(n);
      if (got === title) s.titles.kept++;
      else s.titles.wrong.push(`${site}: ${n}: ${got ?? "(none)"} instead of ${title}`);
    }
    for (const n of found.people)
      if (!names.has(n)) {
        s.fp++;
        s.extra.push(`${site}: ${n}`);
      }
  }
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return s;
}
