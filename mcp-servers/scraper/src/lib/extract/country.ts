// The country a page's national-format phone numbers belong to. Evidence is taken
// from most to least reliable: the postal address, the ccTLD, a region in
// <html lang> (CMS defaults like "en-US" on a German site make it weaker than the
// TLD), the language alone, then the caller's fallback.
import { isSupportedCountry, type CountryCode } from "libphonenumber-js/max";

const GENERIC_CCTLDS = new Set([
  "io",
  "co",
  "ai",
  "me",
  "tv",
  "fm",
  "to",
  "cc",
  "ws",
  "eu",
  "ly",
  "gg",
  "sh",
  "app",
  "so",
  "am",
  "im",
  "is",
  "la",
  "xyz",
  "biz",
  "info",
  "net",
  "org",
  "com",
  "de.com",
]);
const TLD_ALIASES: Record<string, string> = { uk: "GB" };
const LANGUAGE_COUNTRY: Record<string, string> = {
  de: "DE",
  fr: "FR",
  es: "ES",
  it: "IT",
  nl: "NL",
  pt: "PT",
  pl: "PL",
  da: "DK",
  sv: "SE",
  nb: "NO",
  nn: "NO",
  no: "NO",
  fi: "FI",
  cs: "CZ",
  sk: "SK",
  hu: "HU",
  ro: "RO",
  el: "GR",
  ja: "JP",
  ko: "KR",
  tr: "TR",
  he: "IL",
};
// Country names as they appear at the end of postal addresses, several languages.
const COUNTRY_NAMES: [RegExp, string][] = [
  [/\b(deutschland|germany|allemagne|alemania|germania|duitsland)\b/i, "DE"],
  [/\b(österreich|austria|autriche|oostenrijk)\b/i, "AT"],
  [/\b(schweiz|switzerland|suisse|svizzera|suiza|zwitserland)\b/i, "CH"],
  [/\b(france|frankreich|francia|frankrijk)\b/i, "FR"],
  [/\b(españa|spain|spanien|espagne|spagna|spanje)\b/i, "ES"],
  [/\b(italia|italy|italien|italie)\b/i, "IT"],
  [/\b(nederland|netherlands|niederlande|pays-bas|paesi bassi|países bajos)\b/i, "NL"],
  [/\b(belgië|belgique|belgium|belgien|belgio|bélgica)\b/i, "BE"],
  [
    /\b(united kingdom|england|scotland|wales|great britain|royaume-uni|vereinigtes königreich)\b/i,
    "GB",
  ],
  [/\b(ireland|irland|éire)\b/i, "IE"],
  [/\b(united states|usa|u\.s\.a\.|vereinigte staaten|états-unis)\b/i, "US"],
  [/\b(canada|kanada)\b/i, "CA"],
  [/\b(australia|australien)\b/i, "AU"],
  [/\b(portugal)\b/i, "PT"],
  [/\b(luxembourg|luxemburg)\b/i, "LU"],
  [/\b(danmark|denmark|dänemark)\b/i, "DK"],
  [/\b(sverige|sweden|schweden)\b/i, "SE"],
  [/\b(polska|poland|polen)\b/i, "PL"],
];

function supported(code: string | undefined): CountryCode | undefined {
  if (!code) return undefined;
  const upper = code.toUpperCase();
  return isSupportedCountry(upper) ? (upper as CountryCode) : undefined;
}

export function countryFromLang(lang: string | undefined): {
  region?: CountryCode;
  language?: CountryCode;
} {
  if (!lang) return {};
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  return {
    region: region && /^[a-z]{2}$/.test(region) ? supported(region) : undefined,
    language: language ? supported(LANGUAGE_COUNTRY[language]) : undefined,
  };
}

export function countryFromAddress(address: string | undefined): CountryCode | undefined {
  if (!address) return undefined;
  const trimmed = address.trim();
  // JSON-LD addressCountry is often just the ISO code.
  if (/^[A-Za-z]{2}$/.test(trimmed)) return supported(trimmed);
  for (const [re, code] of COUNTRY_NAMES) if (re.test(trimmed)) return supported(code);
  return undefined;
}

export function countryFromHost(pageUrl: string): CountryCode | undefined {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const tld = host.slice(host.lastIndexOf(".") + 1);
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return undefined;
  return supported(TLD_ALIASES[tld] ?? tld);
}

const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC";
const US_STATE_ZIP = new RegExp(`,\\s*(?:${US_STATES})\\s+\\d{5}(?:-\\d{4})?\\b`);
const CA_POSTAL = /,\s*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/;
const UK_POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?)\s\d[A-Z]{2}\b/;

/** Postal-address shapes specific enough to name a country from running text ("Austin, TX 78745"). */
export function countryFromText(text: string | undefined): CountryCode | undefined {
  if (!text) return undefined;
  if (US_STATE_ZIP.test(text)) return "US";
  if (CA_POSTAL.test(text)) return "CA";
  if (UK_POSTCODE.test(text)) return "GB";
  return undefined;
}

export interface CountryEvidence {
  /** Visible page text, searched last for address shapes; a function is only called if needed. */
  pageText?: string | (() => string);
  lang?: string;
  addressCountry?: string;
  addressText?: string;
  pageUrl: string;
  fallback?: string;
}

export function inferCountry(e: CountryEvidence): CountryCode | undefined {
  const lang = countryFromLang(e.lang);
  return (
    countryFromAddress(e.addressCountry) ??
    countryFromAddress(e.addressText) ??
    countryFromHost(e.pageUrl) ??
    lang.region ??
    lang.language ??
    countryFromText(typeof e.pageText === "function" ? e.pageText() : e.pageText) ??
    supported(e.fallback) ??
    // English without any other evidence: the US is the likeliest reader, and a number from
    // elsewhere written nationally (0…) is simply not valid there, so the guess cannot invent one.
    (/^en(?:$|[-_])/i.test(e.lang ?? "") ? "US" : undefined)
  );
}
