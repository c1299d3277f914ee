// People: JSON-LD Person nodes, leadership lines ("Geschäftsführer: Max Mustermann"),
// team cards (a name heading plus a role line, with the card's mailto/tel/LinkedIn),
// table rows and definition lists. A name must look like a personal name and come
// with a role or a personal contact, so headings such as "Opening Hours" stay out.
import type { Element } from "domhandler";
import { isInside, type PageScan } from "./parse-page";
import type { PersonItem } from "./types";
import { emailsFromMailto } from "./emails";
import { normalizeSocialUrl } from "./socials";

const LEAD_LABEL =
  /^(?:vertreten durch(?: den| die)?(?: geschäftsführer(?:in)?)?|vertretungsberechtigte[rn]? geschäftsführer(?:in)?|geschäftsführer(?:in|innen)?|geschäftsführung|inhaber(?:in)?|vorstand|vorstandsvorsitzende[r]?|managing directors?|managing partners?|managing director and founder|chief executive officer|ceo|cto|cfo|coo|founders?|co-founders?|owners?|directors?|represented by|gérant(?:e)?|directeur général|directrice générale|président(?:e)?|directeur de (?:la )?publication|responsable de (?:la )?publication|administrador(?:a)?(?: únic[oa])?|director(?:a)? general|gerente|amministratore(?: delegato| unico)?|legale rappresentante|titolare|bestuurder|directeur|eigenaar|zaakvoerder|oprichter)$/i;
// Words that make a line a job title, several languages; a card without a personal contact needs one.
// Matched anywhere in a word on purpose: compounds carry the role at the end (Registeraccountant,
// Vertriebsleiter). Only "hr" is too short for that.
const ROLE_WORD_LIST =
  "ceo|cto|cfo|coo|cmo|founder|gründer|fondat|fundador|oprichter|director|direktor|directeur|directrice|direttore|manager|managing|head|lead|leiter|leider|leitung|responsable|responsabile|chef|jefe|owner|inhaber|eigenaar|titolare|propriétaire|partner|associ|socio|vennoot|gesellschafter|prokurist|president|präsident|président|presidente|chair|officer|engineer|ingenieur|ingénieur|ingegnere|ingeniero|developer|entwickler|développeu|sviluppat|desarroll|designer|architect|architekt|arquitect|consultant|berater|conseill|consulente|asesor|adviseur|advisor|accountant|buchhalter|comptable|contable|contabile|boekhoud|steuerberater|anwalt|anwältin|rechtsanwalt|avocat|abogad|avvocat|advocaat|notar|notaire|lawyer|attorney|solicitor|assistant|assistenz|assistente|secretar|sekretär|coordinat|koordinat|specialist|spezialist|expert|analyst|sales|vertrieb|marketing|commercial|comercial|commerciale|meister|techniker|brewer|brauer|brasseur|technician|technicien|técnico|tecnico|monteur|geselle|azubi|apprenti|praktikant|intern|stagiaire|arzt|ärztin|zahnarzt|médecin|medico|médico|dentist|dentista|tandarts|therapeut|thérapeute|terapeut|nurse|pflege|chef de|koch|cuisinier|cocinero|cuoco|sommelier|barista|baker|bäcker|boulanger|panadero|fornaio|bakker|gérant|gerente|gestore|bestuurder|zaakvoerder|administrat|amministrat|mitarbeiter|collaborat|colaborador|medewerker|employee|staff|team lead|product|projekt|project|projet|proyecto|progetto|office|empfang|reception|customer|kunden|support|(?<!\\p{L})hr(?!\\p{L})|personal|recruit|finance|finanz|operations|betrieb";
const ROLE_WORDS = new RegExp(`(?:${ROLE_WORD_LIST})`, "iu");
// Occupations that are also common surnames (Anna Bakker, Thomas Koch) do not disqualify a name.
const SURNAME_LIKE =
  /^(?:bakker|baker|bäcker|becker|koch|meister|brauer|brewer|boulanger|chef|partner|monteur|fornaio|panadero|marketing)$/i;
const ROLE_START = new RegExp(`^(?:${ROLE_WORD_LIST})`, "iu");
const PARTICLES = new Set([
  "von",
  "van",
  "de",
  "der",
  "den",
  "di",
  "da",
  "del",
  "della",
  "du",
  "la",
  "le",
  "zu",
  "ten",
  "ter",
  "y",
  "dos",
  "das",
  "vom",
  "zur",
  "st.",
]);
const HONORIFIC =
  /^(?:dr\.?|dra\.?|prof\.?|dipl\.-\w+\.?|mag\.?|ing\.?|ir\.?|drs\.?|mr\.?|mrs\.?|ms\.?|herr|frau|m\.|mme|me|maître|sig\.?|sig\.ra|dott\.?|dott\.ssa|avv\.?|sr\.?|sra\.?|d\.|dña\.?)$/i;
const NOT_NAME =
  /\b(?:team|contact|kontakt|about|über|our|unser\w*|services?|home|welcome|hours|opening|news|impressum|imprint|legal|privacy|jobs|careers?|address|location|office|support|sales|gmbh|ag|ltd|llc|inc|sarl|sas|s\.?l\.?|b\.?v\.?|s\.?r\.?l\.?|ug|kg|mbh|e\.?k\.?|follow|call|email|phone|telefon|newsletter|menu|search|cookies?|read|more|mehr|learn|get|in|touch|our|with|for|the|und|and|et|of|équipe|equipo|squadra|contacto|contatti|chi|siamo|wie|zijn|nous|qui|sommes|büro|buero|standort|filiale|praxis|kanzlei|studio|atelier|hotel|restaurant|bureau|oficina|ufficio|kantoor|sitz|headquarters|zentrale|werkstatt|showroom|store|shop|laden|boutique|tienda|negozio|winkel)\b/i;

export function looksLikeName(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const clean = text
    .replace(/\s+/g, " ")
    .replace(/[,;:|–—-]+$/, "")
    .trim();
  if (clean.length < 5 || clean.length > 60 || NOT_NAME.test(clean) || /[\d@/()]/.test(clean))
    return undefined;
  const tokens = clean.split(" ");
  let i = 0;
  while (i < tokens.length && HONORIFIC.test(tokens[i] ?? "")) i++;
  const core = tokens.slice(i);
  const named = core.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (named.length < 2 || named.length > 4) return undefined;
  // "Operations Manager", "Managing Director" are roles, not names.
  if (named.some((t) => ROLE_START.test(t) && !SURNAME_LIKE.test(t))) return undefined;
  const ok = named.every((t) => /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u.test(t));
  return ok ? core.join(" ") : undefined;
}

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

function cardPeople(scan: PageScan): PersonItem[] {
  const nameEls = scan.structural.filter(
    (el) => el.name !== "tr" && el.name !== "dt" && looksLikeName(textOfEl(el)),
  );
  const counts = new Map<Element, number>();
  for (const el of nameEls)
    for (let p = el.parent as Element | null; p && p.type === "tag"; p = p.parent as Element | null)
      counts.set(p, (counts.get(p) ?? 0) + 1);
  const out: PersonItem[] = [];
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
    if (!personal && !(title && ROLE_WORDS.test(title))) continue;
    out.push({ name, ...(title ? { title } : {}), ...contacts });
  }
  return out;
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
      else if (LEAD_LABEL.test(dt))
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
