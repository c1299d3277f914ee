// People: JSON-LD Person nodes, leadership lines ("Geschäftsführer: Max Mustermann"),
// team cards (a name heading plus a role line, with the card's mailto/tel/LinkedIn),
// table rows and definition lists. A name must look like a personal name and come
// with a role or a personal contact, so headings such as "Opening Hours" stay out.
import type { Element } from "domhandler";
import { isInside, type PageScan } from "./parse-page";
import type { PersonItem } from "./types";
import { emailsFromMailto } from "./emails";
import { normalizeSocialUrl } from "./socials";
import { LEAD_LABEL, ROLE_WORDS, looksLikeName } from "./person-name";

export { looksLikeName } from "./person-name";

interface NamedRole {
  name: string;
  title?: string;
}

function splitNames(text: string): NamedRole[] {
  return text
    .split(/\s*(?:,|;|\/|·|•|\||\s[–—-]\s|\bund\b|\band\b|&|\bet\b|\by\b|\be\b|\ben\b)\s*/)
    .map((part) => {
      const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(part);
      const name = looksLikeName(m ? (m[1] ?? "") : part);
      const found: NamedRole | undefined = name
        ? { name, ...(m?.[2] ? { title: m[2] } : {}) }
        : undefined;
      return found;
    })
    .filter((p): p is NamedRole => p !== undefined);
}

// A label that starts the line or a sentence in it: "… No. 08123456. Directors: A, B, Dr C. Registered office: …"
const SENTENCE_LABEL = /(?:^|[.;·|•]\s+)(\p{L}[\p{L} '-]{1,40}?)\s*[:：]\s*/gu;

/** Leadership labels in the middle of a footer or legal line; the names run to the next label. */
function midLineLeaders(text: string): PersonItem[] {
  const labels = [...text.matchAll(SENTENCE_LABEL)];
  const out: PersonItem[] = [];
  labels.forEach((m, k) => {
    const label = (m[1] ?? "").trim();
    if (m.index === 0 || !LEAD_LABEL.test(label)) return;
    const names = text.slice(m.index + m[0].length, labels[k + 1]?.index ?? text.length);
    for (const p of splitNames(names.replace(/\.\s*$/, "")))
      out.push({ name: p.name, title: p.title ?? label });
  });
  return out;
}

function leadershipLines(scan: PageScan): PersonItem[] {
  const out: PersonItem[] = [];
  scan.lines.forEach((line, i) => {
    // The lazy label pattern backtracks over every line: only lines with a colon can match.
    const hasColon = line.text.includes(":") || line.text.includes("：");
    const m = hasColon ? /^(.{2,60}?)\s*[:：]\s*(.+)$/.exec(line.text) : null;
    const lbl = (m?.[1] ?? "").trim();
    if (
      m &&
      (LEAD_LABEL.test(lbl) || (lbl.length <= 40 && ROLE_WORDS.test(lbl) && !/\d|@/.test(lbl)))
    ) {
      for (const p of splitNames(m[2] ?? ""))
        out.push({ name: p.name, title: p.title ?? (m[1] ?? "").trim() });
      return;
    }
    if (hasColon && line.text.length <= 1000) out.push(...midLineLeaders(line.text));
    // "Iñaki Etxeberria — Director comercial"
    const dash =
      line.text.length <= 125 && /[–—|-]/.test(line.text)
        ? /^([^–—|]{5,60}?)\s+[–—|-]\s+([^–—|]{2,60})$/.exec(line.text)
        : null;
    const dashName = dash ? looksLikeName(dash[1] ?? "") : undefined;
    if (dash && dashName && ROLE_WORDS.test(dash[2] ?? "")) {
      out.push({ name: dashName, title: (dash[2] ?? "").trim() });
      return;
    }
    const label = line.text.replace(/[:：]\s*$/, "").trim();
    const next = scan.lines[i + 1];
    if (next && LEAD_LABEL.test(label))
      for (const p of splitNames(next.text)) out.push({ name: p.name, title: p.title ?? label });
  });
  return out;
}

function textOfEl(el: Element): string {
  // The children's texts joined by one space, built in a loop: a mapped array changes shape with
  // its length (empty or not), which costs the optimised callers a recompile.
  let joined = "";
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (i > 0) joined += " ";
    if (c.type === "text") joined += (c as unknown as { data: string }).data;
    else if (c.type === "tag") joined += textOfEl(c as Element);
  }
  return joined.replace(/\s+/g, " ").trim();
}

function contactsIn(
  scan: PageScan,
  card: Element,
): Pick<PersonItem, "email" | "phone" | "linkedin"> {
  const r: Pick<PersonItem, "email" | "phone" | "linkedin"> = {};
  for (const a of scan.anchors) {
    if (!isInside(a.el, card)) continue;
    if (!r.email) r.email = emailsFromMailto(a.href)[0];
    if (!r.phone && /^tel:/i.test(a.href)) r.phone = a.href.slice(4);
    if (!r.linkedin) {
      const s = normalizeSocialUrl(a.href, scan.baseUrl);
      if (s?.platform === "linkedin" && s.kind === "person") r.linkedin = s.url;
    }
  }
  return r;
}

const ROLE_MAILBOX =
  /^(?:info|kontakt|contact|office|mail|hello|hallo|service|support|sales|team|buero|büro|admin|post|empfang|anfrage|bonjour|hola|ciao|welcome|reception|rezeption|booking|jobs|karriere|careers|recrutement|empleo|lavoro|vacatures|presse|press|marketing|einkauf|verkauf)@/;

function titleLike(text: string, name: string): string | undefined {
  const t = text
    .replace(name, "")
    .replace(/^[\s,–—|-]+|[\s,–—|-]+$/g, "")
    .trim();
  if (t.length < 2 || t.length > 80 || /@|\d{3}|:/.test(t) || t.split(" ").length > 8)
    return undefined;
  if (
    /^(?:tel|phone|fax|e-?mail|mail|linkedin|profil|profile|mehr|more|read|plus|contact|kontakt)\b/i.test(
      t,
    )
  )
    return undefined;
  return t;
}

/** The role printed right after the name element (next siblings, climbing to the card). */
function titleAfter(nameEl: Element, card: Element, name: string): string | undefined {
  for (let el: Element | null = nameEl; el && el !== card; el = el.parent as Element | null) {
    for (let sib = el.next; sib; sib = sib.next) {
      if (sib.type === "text") {
        const t = titleLike((sib as unknown as { data: string }).data, name);
        if (t) return t;
        continue;
      }
      if (sib.type !== "tag") continue;
      const sibEl = sib as Element;
      // The role is the element's own text, before any link or line break inside it.
      const own = sibEl.children
        .filter(
          (c) =>
            c.type === "text" ||
            (c.type === "tag" && !["a", "br", "img", "svg"].includes((c as Element).name)),
        )
        .map((c) =>
          c.type === "text" ? (c as unknown as { data: string }).data : textOfEl(c as Element),
        )
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      if (own) return titleLike(own, name);
    }
  }
  return undefined;
}

function titleFromLines(scan: PageScan, card: Element, name: string): string | undefined {
  const lines = scan.lines.filter((l) => l.block && isInside(l.block, card)).map((l) => l.text);
  const idx = lines.findIndex((l) => l.includes(name));
  for (const l of lines.slice(idx + 1)) {
    const t = titleLike(l, name);
    if (t) return t;
  }
  return undefined;
}

// A role line without a known role word: a short phrase, not a sentence, address or date.
const ROLE_LIKE_SHAPE = /^[\p{L}][\p{L}\s'’&,.-]{1,58}$/u;

function cardPeople(scan: PageScan): PersonItem[] {
  const nameEls = scan.structural.filter(
    (el) => el.name !== "tr" && el.name !== "dt" && looksLikeName(textOfEl(el)),
  );
  const counts = new Map<Element, number>();
  for (const el of nameEls)
    for (let p = el.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null)
      counts.set(p, (counts.get(p) ?? 0) + 1);
  const found: { person: PersonItem; card: Element; tag: string; sure: boolean }[] = [];
  for (const el of nameEls) {
    let card: Element = el;
    for (
      let p = el.parent as Element | null;
      p && p.type === "tag" && counts.get(p) === 1 && p.name !== "body" && p.name !== "main";
      p = p.parent as Element | null
    )
      card = p;
    if (card === el) continue;
    const name = looksLikeName(textOfEl(el)) as string;
    const title = titleAfter(el, card, name) ?? titleFromLines(scan, card, name);
    const contacts = contactsIn(scan, card);
    const personal = (contacts.email && !ROLE_MAILBOX.test(contacts.email)) || contacts.linkedin;
    const sure = Boolean(personal || (title && ROLE_WORDS.test(title)));
    if (!sure && !(title && ROLE_LIKE_SHAPE.test(title))) continue;
    found.push({
      person: { name, ...(title ? { title } : {}), ...contacts },
      card,
      tag: el.name,
      sure,
    });
  }
  // A role no vocabulary knows ("Professeure de piano", "Audioprotesista", "Dental Hygienist")
  // counts when its card is one of a grid in which another card of the same shape is surely a
  // person: same container, same card and name tags. Other grids (rooms, values) stay out.
  const shape = (f: (typeof found)[number]) => `${f.card.name}/${f.tag}`;
  const sureShapes = new Map<Element | null, Set<string>>();
  for (const f of found)
    if (f.sure) {
      const key = f.card.parent as Element | null;
      sureShapes.set(key, (sureShapes.get(key) ?? new Set()).add(shape(f)));
    }
  return found
    .filter((f) => f.sure || sureShapes.get(f.card.parent as Element | null)?.has(shape(f)))
    .map((f) => f.person);
}

function tablePeople(scan: PageScan): PersonItem[] {
  const out: PersonItem[] = [];
  for (const el of scan.structural) {
    if (el.name === "tr") {
      const cells = el.children
        .filter((c): c is Element => c.type === "tag" && (c as Element).name === "td")
        .map(textOfEl);
      const name = cells[0] ? looksLikeName(cells[0]) : undefined;
      if (name && cells[1] && cells[1].length <= 80 && !cells[1].includes("@"))
        out.push({ name, title: cells[1], ...contactsIn(scan, el) });
    } else if (el.name === "dt") {
      let dd = el.next;
      while (dd && dd.type !== "tag") dd = dd.next;
      if (!dd || (dd as Element).name !== "dd") continue;
      const dt = textOfEl(el).replace(/[:：]\s*$/, "");
      const ddText = textOfEl(dd as Element);
      const asName = looksLikeName(dt);
      if (asName && ddText.length <= 80 && !ddText.includes("@"))
        out.push({ name: asName, title: ddText });
      else if (LEAD_LABEL.test(dt) || (dt.length <= 40 && ROLE_WORDS.test(dt) && !/\d|@/.test(dt)))
        for (const p of splitNames(ddText)) out.push({ name: p.name, title: p.title ?? dt });
    }
  }
  return out;
}

export function extractPeople(
  scan: PageScan,
  jsonLd: { name: string; title?: string; email?: string; telephone?: string; sameAs: string[] }[],
): PersonItem[] {
  const all: PersonItem[] = [];
  for (const raw of jsonLd) {
    // CMS schema plugins emit Person nodes for post authors ("admin", "Redaktion"): keep real names only.
    const name = looksLikeName(raw.name);
    if (!name) continue;
    const p = { ...raw, name };
    const linkedin = p.sameAs
      .map((s) => normalizeSocialUrl(s))
      .find((s) => s?.platform === "linkedin")?.url;
    all.push({
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      ...(p.email ? { email: p.email.replace(/^mailto:/i, "").toLowerCase() } : {}),
      ...(p.telephone ? { phone: p.telephone } : {}),
      ...(linkedin ? { linkedin } : {}),
    });
  }
  all.push(...leadershipLines(scan), ...tablePeople(scan), ...cardPeople(scan));
  // Merge duplicates by name, keeping the first value of each field.
  const byName = new Map<string, PersonItem>();
  for (const p of all) {
    const key = p.name.toLowerCase().replace(/^(?:(?:dr|dra|prof|mag|ing|dott|avv)\.?\s+)+/g, "");
    const prev = byName.get(key);
    if (!prev) byName.set(key, { ...p });
    else
      for (const k of ["title", "email", "phone", "linkedin"] as const)
        if (!prev[k] && p[k]) prev[k] = p[k];
  }
  return [...byName.values()];
}
