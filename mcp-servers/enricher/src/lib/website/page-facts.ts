import type { Element } from "domhandler";
import { findAll, getAttributeValue, textContent } from "domutils";
import { parseDocument } from "htmlparser2";

/** What the enricher reads from a page beyond the scraper's contact extraction. */
export interface PageFacts {
  org: {
    name?: string;
    description?: string;
    logo?: string;
    industry?: string;
    numberOfEmployees?: unknown;
    foundingDate?: string;
    location?: string;
    sameAs: string[];
  };
  meta: Record<string, string>;
  title?: string;
  /** Best icon link (apple-touch-icon beats icon). */
  icon?: string;
  /** Script src and stylesheet href, absolute. */
  assets: string[];
  /** Inline scripts and the opening markup, bounded, for technology signatures. */
  html: string;
}

type Json = unknown;
const ORG_TYPES =
  /^(?:Organization|Corporation|LocalBusiness|OnlineBusiness|Company|NGO|[A-Za-z]*Business|[A-Za-z]*Store)$/;
const INLINE_BUDGET = 200_000;

function str(v: Json): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") {
    const o = v as Record<string, Json>;
    return str(o.url ?? o.name ?? o["@id"] ?? o.contentUrl);
  }
  return undefined;
}

function abs(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function walkJsonLd(node: Json, out: Record<string, Json>[]): void {
  if (Array.isArray(node)) return node.forEach((n) => walkJsonLd(n, out));
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, Json>;
  const types = ([] as Json[]).concat(o["@type"] ?? []).map(String);
  if (types.some((t) => ORG_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, "")))) out.push(o);
  if (o["@graph"]) walkJsonLd(o["@graph"], out);
  for (const key of ["publisher", "provider", "brand", "parentOrganization"])
    if (o[key] && typeof o[key] === "object") walkJsonLd(o[key], out);
}

function location(address: Json): string | undefined {
  if (typeof address === "string") return address.trim() || undefined;
  if (Array.isArray(address)) return location(address[0]);
  if (!address || typeof address !== "object") return undefined;
  const a = address as Record<string, Json>;
  const parts = [str(a.addressLocality), str(a.addressRegion), str(a.addressCountry)];
  const text = parts.filter(Boolean).join(", ");
  return text || undefined;
}

function readOrg(blocks: string[], base: string): PageFacts["org"] {
  const orgs: Record<string, Json>[] = [];
  for (const block of blocks) {
    try {
      walkJsonLd(JSON.parse(block), orgs);
    } catch {
      // Broken JSON-LD is common; the page's other signals still count.
    }
  }
  const org: PageFacts["org"] = { sameAs: [] };
  for (const o of orgs) {
    org.name ??= str(o.name) ?? str(o.legalName);
    org.description ??= str(o.description);
    org.logo ??= abs(str(o.logo) ?? str(o.image), base);
    org.industry ??= str(o.industry ?? o.knowsAbout);
    org.numberOfEmployees ??= o.numberOfEmployees;
    org.foundingDate ??= str(o.foundingDate);
    org.location ??= location(o.address ?? (o.location as Record<string, Json>)?.address);
    for (const s of ([] as Json[]).concat(o.sameAs ?? []))
      if (typeof s === "string") org.sameAs.push(s);
  }
  return org;
}

export function readPageFacts(html: string, pageUrl: string): PageFacts {
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const elements = findAll(() => true, doc.children);
  const jsonLd: string[] = [];
  const meta: Record<string, string> = {};
  const assets: string[] = [];
  let inline = "";
  let icon: { href: string; rank: number } | undefined;
  let title: string | undefined;
  for (const el of elements as Element[]) {
    const attr = (n: string) => getAttributeValue(el, n);
    switch (el.name) {
      case "script": {
        const src = abs(attr("src"), pageUrl);
        if (src) assets.push(src);
        const type = (attr("type") ?? "").toLowerCase();
        const body = textContent(el);
        if (type === "application/ld+json") jsonLd.push(body);
        else if (inline.length < INLINE_BUDGET)
          inline += body.slice(0, INLINE_BUDGET - inline.length) + "\n";
        break;
      }
      case "link": {
        const rel = (attr("rel") ?? "").toLowerCase();
        const href = abs(attr("href"), pageUrl);
        if (!href) break;
        if (rel.includes("stylesheet") || rel.includes("preload") || rel.includes("modulepreload"))
          assets.push(href);
        const rank = rel.includes("apple-touch-icon") ? 2 : /\bicon\b/.test(rel) ? 1 : 0;
        if (rank && (!icon || rank > icon.rank)) icon = { href, rank };
        break;
      }
      case "meta": {
        const key = (attr("property") ?? attr("name") ?? "").toLowerCase();
        const content = attr("content");
        if (key && content && !(key in meta)) meta[key] = content.trim();
        break;
      }
      case "title":
        title ??= textContent(el).replace(/\s+/g, " ").trim() || undefined;
        break;
    }
  }
  // Markup-level signatures (data-wf-site, ng-version, astro-island) sit near the top of a page.
  const markup = html.slice(0, 100_000);
  return {
    org: readOrg(jsonLd, pageUrl),
    meta,
    title,
    icon: icon?.href,
    assets,
    html: `${markup}\n${inline}`,
  };
}
