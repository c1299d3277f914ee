import freeEmailDomains from "free-email-domains";
import type { LeadData } from "../schemas/lead";
import type { Signal, SignalType } from "../schemas/qualification";

// Rules read "facts": the lead as given, plus derived fields a profile needs (business vs webmail
// emails, direct phones, counts) and the detected signals keyed by type. Objects that carry an
// `evidence` string lend it to every value below them, so a reason can quote "Jane Doe (CEO)"
// rather than just "CEO".

const WEBMAIL = new Set<string>(freeEmailDomains as string[]);
const ROLE_LOCAL_PARTS =
  /^(info|contact|hello|hallo|sales|support|office|admin|team|kontakt|service|mail|enquiries|inquiries|marketing|press|jobs|careers|billing|help|bonjour|contacto|ventas|vertrieb|noreply|no-reply)$/;

export interface Facts {
  [key: string]: unknown;
  derived: Record<string, unknown>;
  signals: Partial<Record<SignalType, Signal>>;
}

function emailValue(e: NonNullable<LeadData["emails"]>[number]): string {
  return (typeof e === "string" ? e : e.value).trim().toLowerCase();
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

/** Keeps the strongest signal of each type. */
export function strongestByType(signals: Signal[]): Partial<Record<SignalType, Signal>> {
  const out: Partial<Record<SignalType, Signal>> = {};
  for (const s of signals) {
    const prev = out[s.type];
    if (!prev || s.strength > prev.strength) out[s.type] = s;
  }
  return out;
}

export function buildFacts(lead: LeadData, signals: Signal[]): Facts {
  const emails = (lead.emails ?? []).map(emailValue).filter((e) => e.includes("@"));
  const businessEmails = emails.filter((e) => !WEBMAIL.has(domainOf(e)));
  const webmailEmails = emails.filter((e) => WEBMAIL.has(domainOf(e)));
  const namedEmails = businessEmails.filter(
    (e) => !ROLE_LOCAL_PARTS.test(e.slice(0, e.indexOf("@"))),
  );
  const phones = (lead.phones ?? []).map((p) =>
    typeof p === "string" ? { value: p, evidence: p } : { ...p, evidence: p.raw ?? p.value },
  );
  const people = (lead.people ?? []).map((p) => ({
    ...p,
    evidence: p.title ? `${p.name} (${p.title})` : p.name,
  }));
  const directPhones = [
    ...phones.filter((p) => !("kind" in p) || p.kind !== "fax").map((p) => p.evidence),
    ...people.filter((p) => p.phone).map((p) => `${p.phone} (${p.name})`),
  ];
  const socials = (lead.socials ?? []).map((s) =>
    typeof s === "string" ? { url: s, evidence: s } : { ...s, evidence: s.url },
  );
  const pages = (lead.pages ?? []).map((p) => ({ ...p, evidence: p.url }));
  const pageUrls = [
    ...pages.map((p) => p.url),
    ...(lead.emails ?? []).flatMap((e) =>
      typeof e === "string" || !e.sourceUrl ? [] : [e.sourceUrl],
    ),
  ];
  const domain = lead.domain ?? lead.company?.domain;
  return {
    ...lead,
    domain,
    emails,
    phones,
    people,
    socials,
    pages,
    derived: {
      businessEmails,
      webmailEmails,
      namedEmails,
      directPhones,
      pageUrls: [...new Set(pageUrls)],
      emailCount: emails.length,
      businessEmailCount: businessEmails.length,
      phoneCount: phones.length,
      peopleCount: people.length,
      socialCount: socials.length,
      pageCount: pages.length,
      signalCount: signals.length,
    },
    signals: strongestByType(signals),
  };
}

export interface Leaf {
  value: unknown;
  evidence?: string;
}

/** Every value at a dotted path; arrays along the way are walked element by element. */
export function resolvePath(facts: Facts, path: readonly string[]): Leaf[] {
  const out: Leaf[] = [];
  const walk = (node: unknown, i: number, evidence: string | undefined): void => {
    if (node === undefined || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, i, evidence);
      return;
    }
    if (typeof node === "object") {
      const ev = (node as { evidence?: unknown }).evidence;
      const own = typeof ev === "string" ? ev : evidence;
      if (i === path.length) {
        // An item such as { value, sourceUrl } or a signal stands for its value or strength.
        const obj = node as Record<string, unknown>;
        const value = "value" in obj ? obj.value : "strength" in obj ? obj.strength : node;
        out.push({ value, evidence: own });
        return;
      }
      walk((node as Record<string, unknown>)[path[i]!], i + 1, own);
      return;
    }
    if (i === path.length) out.push({ value: node, evidence });
  };
  walk(facts, 0, undefined);
  return out;
}
