// Public face of the page extractors. `extractPage` parses a page once and
// returns every contact fact on it; the single-purpose helpers back the
// extract_emails / extract_phones / extract_social tools.
import { scanPage, type PageScan } from "./parse-page";
import { siteLinkResolver } from "./page-links";
import { emailsInText, emailsFromMailto } from "./emails";
import { decodeCfEmail, cfHexFromHref } from "./email-obfuscation";
import { validEmail } from "./email-rules";
import { phonesInLine, parseTrustedPhone, governingLabel, type FoundPhone } from "./phones";
import { normalizeSocialUrl, socialUrlsInText } from "./socials";
import { readJsonLd, type JsonLdFacts } from "./json-ld";
import { inferCountry } from "./country";
import { extractPeople } from "./people";
import { extractCompany } from "./company";
import { looksScriptBuilt, renderReason } from "./render-hint";
import type { CountryCode } from "libphonenumber-js/max";
import type {
  EmailItem,
  ExtractOptions,
  PageExtraction,
  PageLink,
  PhoneItem,
  SocialItem,
} from "./types";

export type * from "./types";
export { normalizeSocialUrl } from "./socials";
export { validEmail } from "./email-rules";
export { forgetPhoneLines } from "./phones";

const KIND_RANK = { phone: 0, mobile: 1, fax: 2 } as const;

// The collectors below add through module-level helpers rather than a closure made per page: a
// call site that only some pages reach (JSON-LD, Cloudflare-protected emails) would otherwise learn
// one page's closure and throw away the optimised code on the next page's.
function addEmail(seen: Set<string>, v: string | undefined): void {
  if (v && !seen.has(v)) seen.add(v);
}

function emailsOf(scan: PageScan, ld: JsonLdFacts, sourceUrl: string): EmailItem[] {
  const seen = new Set<string>();
  for (const a of scan.anchors) {
    for (const e of emailsFromMailto(a.href)) addEmail(seen, e);
    const hex = cfHexFromHref(a.href);
    if (hex) addEmail(seen, validEmail(decodeCfEmail(hex) ?? ""));
  }
  for (const c of scan.cfEmails) addEmail(seen, validEmail(decodeCfEmail(c.hex) ?? ""));
  for (const e of ld.emails) addEmail(seen, validEmail(e));
  for (const l of scan.lines) for (const e of emailsInText(l.text)) addEmail(seen, e);
  return [...seen].map((value) => ({ value, sourceUrl }));
}

function addPhone(byValue: Map<string, FoundPhone>, p: FoundPhone | undefined): void {
  if (!p) return;
  const prev = byValue.get(p.value);
  if (!prev || KIND_RANK[p.kind] > KIND_RANK[prev.kind])
    byValue.set(p.value, prev ? { ...prev, kind: p.kind } : p);
}

/** Very long lines (minified or hostile pages) are searched in whitespace-cut pieces so cost stays linear. */
function chunks(text: string, size = 1500): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    const cut = text.lastIndexOf(" ", end);
    if (end < text.length && cut > i + size / 2) end = cut;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

function phonesOf(
  scan: PageScan,
  ld: JsonLdFacts,
  country: CountryCode | undefined,
  sourceUrl: string,
): PhoneItem[] {
  const byValue = new Map<string, FoundPhone>();
  for (const a of scan.anchors) {
    if (!/^(?:tel|callto|fax):/i.test(a.href)) continue;
    const line = scan.lines[a.line]?.text ?? "";
    const at = a.text ? line.indexOf(a.text) : -1;
    const before = `${at > 0 ? line.slice(0, at) : at === 0 ? "" : line} ${a.el.attribs.title ?? ""} ${a.el.attribs["aria-label"] ?? ""}`;
    const ownLabel = governingLabel(a.text.replace(/[\d\s+()./-]+$/, ""));
    const gov =
      ownLabel ?? governingLabel(before, at <= 0 ? scan.lines[a.line - 1]?.text : undefined);
    const label = /^fax:/i.test(a.href) ? "fax" : gov && "label" in gov ? gov.label : "";
    addPhone(byValue, parseTrustedPhone(a.href, country, label));
  }
  for (const p of ld.phones)
    addPhone(byValue, parseTrustedPhone(p.value, country, p.fax ? "fax" : ""));
  // Budget for text handed to the phone matcher: real pages stay far below it, hostile
  // digit-stuffed pages stop costing time once it is spent.
  let budget = 200_000;
  scan.lines.forEach((l, i) => {
    for (const chunk of chunks(l.text)) {
      if (budget <= 0 || !/\d/.test(chunk)) continue;
      budget -= chunk.length;
      for (const p of phonesInLine(chunk, country, scan.lines[i - 1]?.text)) addPhone(byValue, p);
    }
  });
  return [...byValue.values()].map((p) => ({
    value: p.value,
    raw: p.raw,
    sourceUrl,
    kind: p.kind,
  }));
}

function socialsOf(scan: PageScan, ld: JsonLdFacts, sourceUrl: string): SocialItem[] {
  const byUrl = new Map<string, SocialItem>();
  const base = scan.baseUrl;
  for (const a of scan.anchors) addSocial(byUrl, a.href, base, sourceUrl);
  for (const s of ld.sameAs) addSocial(byUrl, s, base, sourceUrl);
  for (const s of scan.socialRefs) addSocial(byUrl, s, base, sourceUrl);
  for (const l of scan.lines)
    for (const u of socialUrlsInText(l.text)) addSocial(byUrl, u, base, sourceUrl);
  return [...byUrl.values()];
}

function addSocial(byUrl: Map<string, SocialItem>, href: string, base: string, sourceUrl: string) {
  const s = normalizeSocialUrl(href, base);
  if (s && !byUrl.has(s.url)) byUrl.set(s.url, { ...s, sourceUrl });
}

function linksOf(scan: PageScan): PageLink[] {
  const byHref = new Map<string, PageLink>();
  const resolve = siteLinkResolver(scan.baseUrl);
  for (const a of scan.anchors) {
    const href = resolve(a.href);
    if (!href) continue;
    const prev = byHref.get(href);
    if (!prev) byHref.set(href, { href, text: a.text });
    else if (!prev.text && a.text) prev.text = a.text;
  }
  return [...byHref.values()];
}

function countryOf(
  scan: PageScan,
  ld: JsonLdFacts,
  pageUrl: string,
  fallback?: string,
): CountryCode | undefined {
  return inferCountry({
    lang: scan.lang,
    addressCountry: ld.addressCountry,
    addressText: ld.address ?? scan.addressTexts[0],
    pageUrl,
    fallback,
    // Joining every line costs a copy of the page's text: only done when nothing else decides.
    pageText: () => scan.lines.map((l) => l.text).join("\n"),
  });
}

export function extractPage(
  html: string,
  pageUrl: string,
  opts: ExtractOptions = {},
): PageExtraction {
  const scan = scanPage(html, pageUrl);
  const ld = readJsonLd(scan.jsonLd);
  const country = countryOf(scan, ld, pageUrl, opts.country);
  const people = extractPeople(scan, ld.people).map((p) => {
    const phone = p.phone ? parseTrustedPhone(p.phone, country)?.value : undefined;
    const { phone: _raw, ...rest } = p;
    return phone ? { ...rest, phone, sourceUrl: pageUrl } : { ...rest, sourceUrl: pageUrl };
  });
  const address = ld.address ?? scan.addressTexts.find((t) => t.length >= 8 && t.length <= 300);
  const emails = emailsOf(scan, ld, pageUrl);
  const render = renderReason(scan, emails.length > 0);
  return {
    emails,
    phones: phonesOf(scan, ld, country, pageUrl),
    socials: socialsOf(scan, ld, pageUrl),
    people,
    company: extractCompany(scan.meta, scan.title, ld, pageUrl),
    ...(address ? { address } : {}),
    links: linksOf(scan),
    ...(country ? { country } : {}),
    ...(scan.lang ? { lang: scan.lang } : {}),
    looksScriptBuilt: looksScriptBuilt(scan),
    ...(render ? { renderReason: render } : {}),
  };
}

export function extractEmails(html: string, baseUrl = "about:blank"): EmailItem[] {
  const scan = scanPage(html, baseUrl);
  return emailsOf(scan, readJsonLd(scan.jsonLd), baseUrl);
}

export function extractPhones(
  html: string,
  country?: string,
  baseUrl = "about:blank",
): PhoneItem[] {
  const scan = scanPage(html, baseUrl);
  const ld = readJsonLd(scan.jsonLd);
  return phonesOf(scan, ld, countryOf(scan, ld, baseUrl, country), baseUrl);
}

export function extractSocial(html: string, baseUrl = "about:blank"): SocialItem[] {
  const scan = scanPage(html, baseUrl);
  return socialsOf(scan, readJsonLd(scan.jsonLd), baseUrl);
}
