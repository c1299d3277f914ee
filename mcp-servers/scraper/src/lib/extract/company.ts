// Company identity: JSON-LD Organization name, og:site_name, else the page title
// cleaned of generic segments ("Home", "Welcome", "Kontakt"…). Description from
// the meta description, og:description or the organization's JSON-LD.
import type { CompanyInfo } from "./types";

const SEPARATORS = /\s+[|–—·•»:~-]\s+|\s+::\s+|\s*\|\s*/;
const GENERIC_SEGMENT =
  /^(?:home(?:page)?|start(?:seite)?|startpagina|accueil|inicio|pagina iniziale|página principal|welcome(?: to .*)?|willkommen(?: bei .*)?|bienvenue(?: chez .*)?|bienvenidos?(?: a .*)?|benvenuti(?: .*)?|welkom(?: bij .*)?|contact(?: us)?|kontakt|contacto|contatti|contactez-nous|about(?: us)?|über uns|a propos|à propos|chi siamo|quiénes somos|sobre nosotros|over ons|team|unser team|our team|équipe|equipo|impressum|imprint|legal notice|mentions légales|aviso legal|note legali|colofon|privacy(?: policy)?|datenschutz|official (?:site|website)|offizielle website|site officiel)$/i;

/** Lowercase ASCII letters and digits only, accents folded ("Lumière" → "lumiere"). */
function flatten(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function cleanTitle(title: string | undefined, siteHint?: string): string | undefined {
  if (!title) return undefined;
  const segments = title
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s && !GENERIC_SEGMENT.test(s));
  if (segments.length === 0) return undefined;
  if (segments.length === 1) return segments[0];
  const hint = siteHint ? flatten(siteHint) : undefined;
  if (hint) {
    // The brand segment shares words with the host name ("Cedar & Pine Family Dental" ~ cedarpinedental).
    const score = (seg: string) =>
      seg
        .split(/\s+/)
        .map(flatten)
        .filter((w) => w.length >= 3 && hint.includes(w)).length;
    const best = segments
      .map((seg) => ({ seg, s: flatten(seg).includes(hint) ? 100 : score(seg) }))
      .sort((a, b) => b.s - a.s)[0];
    if (best && best.s > 0) return best.seg;
  }
  // Brand segments are short; descriptive taglines are long.
  return [...segments].sort((a, b) => a.length - b.length)[0];
}

/** The registrable name of the host ("acme" for www.acme-gmbh.de → "acmegmbh"), used to pick the brand segment. */
function hostLabel(pageUrl: string): string | undefined {
  try {
    const labels = new URL(pageUrl).hostname.replace(/^www\./, "").split(".");
    return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  } catch {
    return undefined;
  }
}

export function extractCompany(
  meta: Map<string, string>,
  title: string | undefined,
  jsonLd: { orgName?: string; siteName?: string; description?: string },
  pageUrl: string,
): CompanyInfo {
  const name =
    jsonLd.orgName ??
    meta.get("og:site_name") ??
    jsonLd.siteName ??
    cleanTitle(title, hostLabel(pageUrl)) ??
    undefined;
  const description =
    meta.get("description") || meta.get("og:description") || jsonLd.description || undefined;
  return {
    ...(name ? { name: name.trim() } : {}),
    ...(description ? { description: description.replace(/\s+/g, " ").trim() } : {}),
  };
}
