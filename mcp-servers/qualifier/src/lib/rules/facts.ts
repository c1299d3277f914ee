import freeEmailDomains from "free-email-domains";
import type { LeadData } from "../schemas/lead";
import type { Signal, SignalType } from "../schemas/qualification";

// Rules read "facts": the lead as given, derived fields a profile needs (business vs webmail
// emails, direct phones, counts) and the detected signals keyed by type. Derived fields are
// computed on first use and nothing is copied up front: scoring must stay cheap enough for
// 100,000 leads a run. Values inside a list item (a person, a phone, a signal) are quoted with
// that item's context, so a reason can show "Jane Doe (CEO)" rather than just "CEO".

const WEBMAIL = new Set<string>(freeEmailDomains);
const ROLE_LOCAL_PARTS =
  /^(info|contact|hello|hallo|sales|support|office|admin|team|kontakt|service|mail|enquiries|inquiries|marketing|press|jobs|careers|billing|help|bonjour|contacto|ventas|vertrieb|noreply|no-reply)$/;

type Item = Record<string, unknown>;

/** Keeps the strongest signal of each type. */
export function strongestByType(signals: Signal[]): Partial<Record<SignalType, Signal>> {
  const out: Partial<Record<SignalType, Signal>> = {};
  for (const s of signals) {
    const prev = out[s.type];
    if (!prev || s.strength > prev.strength) out[s.type] = s;
  }
  return out;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);
const isWebmail = (email: string) => WEBMAIL.has(domainOf(email));

function emailsOf(lead: LeadData): string[] {
  const out: string[] = [];
  for (const e of lead.emails ?? []) {
    const v = (typeof e === "string" ? e : e.value).trim().toLowerCase();
    if (v.includes("@")) out.push(v);
  }
  return out;
}

const DERIVED: Record<string, (f: Facts) => unknown> = {
  businessEmails: (f) => f.emails().filter((e) => !isWebmail(e)),
  webmailEmails: (f) => f.emails().filter(isWebmail),
  namedEmails: (f) =>
    (f.derived("businessEmails") as string[]).filter(
      (e) => !ROLE_LOCAL_PARTS.test(e.slice(0, e.indexOf("@"))),
    ),
  directPhones: (f) => [
    ...(f.lead.phones ?? []).flatMap((p) =>
      typeof p === "string" ? [p] : p.kind === "fax" ? [] : [p.raw ?? p.value],
    ),
    ...(f.lead.people ?? []).flatMap((p) => (p.phone ? [`${p.phone} (${p.name})`] : [])),
  ],
  pageUrls: (f) => [
    ...new Set([
      ...(f.lead.pages ?? []).map((p) => p.url),
      ...(f.lead.emails ?? []).flatMap((e) =>
        typeof e === "string" || !e.sourceUrl ? [] : [e.sourceUrl],
      ),
    ]),
  ],
  emailCount: (f) => f.emails().length,
  businessEmailCount: (f) => (f.derived("businessEmails") as string[]).length,
  phoneCount: (f) => f.lead.phones?.length ?? 0,
  peopleCount: (f) => f.lead.people?.length ?? 0,
  socialCount: (f) => f.lead.socials?.length ?? 0,
  pageCount: (f) => f.lead.pages?.length ?? 0,
  signalCount: (f) => f.signals.length,
};

export const DERIVED_FIELDS = Object.keys(DERIVED);

export class Facts {
  private readonly memo = new Map<string, unknown>();
  private emailList: string[] | undefined;
  private signalMap: Partial<Record<SignalType, Signal>> | undefined;

  constructor(
    readonly lead: LeadData,
    readonly signals: Signal[],
  ) {}

  emails(): string[] {
    return (this.emailList ??= emailsOf(this.lead));
  }

  derived(name: string): unknown {
    if (!this.memo.has(name)) this.memo.set(name, DERIVED[name]?.(this));
    return this.memo.get(name);
  }

  /** The value at the first segment of a path. */
  root(key: string): unknown {
    switch (key) {
      case "signals":
        return (this.signalMap ??= strongestByType(this.signals));
      case "emails":
        return this.emails();
      case "domain":
        return this.lead.domain ?? this.lead.company?.domain;
      default:
        return (this.lead as Item)[key];
    }
  }
}

export function buildFacts(lead: LeadData, signals: Signal[]): Facts {
  return new Facts(lead, signals);
}

/** Words that identify a list item in evidence: "Jane Doe (CEO)", a phone as written, a URL. */
export function describeItem(item: Item | undefined): string | undefined {
  if (!item) return undefined;
  if (typeof item.evidence === "string") return item.evidence;
  if (typeof item.name === "string")
    return typeof item.title === "string" ? `${item.name} (${item.title})` : item.name;
  if (typeof item.raw === "string") return item.raw;
  if (typeof item.url === "string") return item.url;
  return undefined;
}

/**
 * Calls `visit(value, item)` for every value at a dotted path (arrays along the way are walked
 * element by element; `item` is the innermost object found in a list) until it returns true.
 */
export type Visitor = (value: unknown, item: Item | undefined) => boolean;

function walk(
  node: unknown,
  path: readonly string[],
  i: number,
  item: Item | undefined,
  visit: Visitor,
): boolean {
  if (node === undefined || node === null) return false;
  if (Array.isArray(node)) {
    for (const el of node) {
      if (
        walk(
          el,
          path,
          i,
          el !== null && typeof el === "object" && !Array.isArray(el) ? (el as Item) : item,
          visit,
        )
      )
        return true;
    }
    return false;
  }
  if (typeof node === "object") {
    const obj = node as Item;
    // A signal is an item of its own even though it is keyed, not listed.
    const own = typeof obj.evidence === "string" ? obj : item;
    if (i === path.length)
      return visit("value" in obj ? obj.value : "strength" in obj ? obj.strength : obj, own);
    return walk(obj[path[i]!], path, i + 1, own, visit);
  }
  return i === path.length ? visit(node, item) : false;
}

export function visitPath(facts: Facts, path: readonly string[], visit: Visitor): boolean {
  if (path[0] === "derived")
    return path.length > 1 && walk(facts.derived(path[1]!), path, 2, undefined, visit);
  return walk(facts.root(path[0]!), path, 1, undefined, visit);
}
