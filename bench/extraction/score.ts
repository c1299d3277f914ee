// Scoring shared by the accuracy bench and the regression test. Both sides (Leadscout
// and the peer) and the ground truth go through the same canonical forms:
//  - email: trimmed, "mailto:" dropped, lowercased;
//  - phone: parsed with the site's country by libphonenumber-js → E.164 when valid,
//    otherwise "?" + its digits (so an unparseable report still counts as a false positive);
//  - social URL: host without www./m./mobile./language prefixes, twitter.com → x.com,
//    path lowercased (except YouTube channel ids) without trailing slash, query and fragment
//    dropped (except facebook profile.php?id=) — "host/path".
// A trap hit is a false positive that equals a trap (emails, socials) or whose digits end
// with the trap's digits (phones).
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

export type Kind = "emails" | "phones" | "socials";

export function canonicalEmail(v: string): string {
  return v
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
}

export function canonicalPhone(v: string, country: string): string {
  const n = parsePhoneNumberFromString(v, { defaultCountry: country as CountryCode });
  return n?.isValid() ? n.number : `?${v.replace(/\D/g, "")}`;
}

export function canonicalSocial(v: string): string {
  let u: URL;
  try {
    u = new URL(/^https?:\/\//i.test(v) ? v : `https://${v.replace(/^\/\//, "")}`);
  } catch {
    return v.toLowerCase();
  }
  let host = u.hostname
    .toLowerCase()
    .replace(/^(?:www|m|mobile|[a-z]{2}(?:-[a-z]{2})?)\.(?=[^.]+\.[^.]+$)/, "");
  if (host === "twitter.com") host = "x.com";
  const channel = /^\/channel\/(UC[\w-]+)/.exec(u.pathname);
  let p = channel ? `/channel/${channel[1]}` : u.pathname.toLowerCase();
  p = p.replace(/\/+$/, "");
  const id = u.pathname.toLowerCase().endsWith("profile.php") ? u.searchParams.get("id") : null;
  return `${host}${p}${id ? `?id=${id}` : ""}`;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  traps: number;
  falsePositives: string[];
  missed: string[];
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, traps: 0, falsePositives: [], missed: [] };
}

function trapHit(kind: Kind, value: string, traps: string[]): boolean {
  if (kind === "phones") {
    const digits = value.replace(/\D/g, "");
    return traps.some((t) => {
      const td = t.replace(/\D/g, "").replace(/^0+/, "");
      return td.length >= 4 && digits.endsWith(td);
    });
  }
  return traps.some((t) => value === t || value.startsWith(`${t}/`) || value.includes(t));
}

/** Adds one site's comparison to `acc`. `got` and `expected` must already be canonical. */
export function scoreSite(
  acc: Counts,
  kind: Kind,
  site: string,
  got: Set<string>,
  expected: Set<string>,
  traps: string[],
): void {
  for (const g of got) {
    if (expected.has(g)) acc.tp++;
    else {
      acc.fp++;
      acc.falsePositives.push(`${site}: ${g}`);
      if (trapHit(kind, g, traps)) acc.traps++;
    }
  }
  for (const e of expected) {
    if (!got.has(e)) {
      acc.fn++;
      acc.missed.push(`${site}: ${e}`);
    }
  }
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
