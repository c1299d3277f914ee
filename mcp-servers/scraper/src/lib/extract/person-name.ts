// What a personal name and a role look like, in the languages the crawler meets: the name rules
// people.ts applies to headings, table cells and the names after a "Managing directors:" label.

export const LEAD_LABEL =
  /^(?:vertreten durch(?: den| die)?(?: geschäftsführer(?:in)?)?|vertretungsberechtigte[rn]? geschäftsführer(?:in)?|geschäftsführer(?:in|innen)?|geschäftsführung|inhaber(?:in)?|vorstand|vorstandsvorsitzende[r]?|managing directors?|managing partners?|managing director and founder|chief executive officer|ceo|cto|cfo|coo|founders?|co-founders?|owners?|directors?|represented by|gérant(?:e)?|directeur général|directrice générale|président(?:e)?|directeur de (?:la )?publication|responsable de (?:la )?publication|administrador(?:a)?(?: únic[oa])?|director(?:a)? general|gerente|amministratore(?: delegato| unico)?|legale rappresentante|titolare|bestuurder|directeur|eigenaar|zaakvoerder|oprichter)$/i;
// Words that make a line a job title, several languages; a card without a personal contact needs one.
// Matched anywhere in a word on purpose: compounds carry the role at the end (Registeraccountant,
// Vertriebsleiter). Only "hr" is too short for that.
const ROLE_WORD_LIST =
  "ceo|cto|cfo|coo|cmo|founder|gründer|fondat|fundador|oprichter|director|direktor|directeur|directrice|direttore|manager|managing|head|lead|leiter|leider|leitung|responsable|responsabile|chef|jefe|owner|inhaber|eigenaar|titolare|propriétaire|partner|associ|socio|vennoot|gesellschafter|prokurist|president|präsident|président|presidente|chair|officer|engineer|ingenieur|ingénieur|ingegnere|ingeniero|developer|entwickler|développeu|sviluppat|desarroll|designer|architect|architekt|arquitect|consultant|berater|conseill|consulente|asesor|adviseur|advisor|accountant|buchhalter|comptable|contable|contabile|boekhoud|steuerberater|anwalt|anwältin|rechtsanwalt|avocat|abogad|avvocat|advocaat|notar|notaire|lawyer|attorney|solicitor|assistant|assistenz|assistente|secretar|sekretär|coordinat|koordinat|specialist|spezialist|expert|analyst|sales|vertrieb|marketing|commercial|comercial|commerciale|meister|techniker|brewer|brauer|brasseur|technician|technicien|técnico|tecnico|monteur|geselle|azubi|apprenti|praktikant|intern|stagiaire|arzt|ärztin|zahnarzt|médecin|medico|médico|dentist|dentista|tandarts|therapeut|thérapeute|terapeut|nurse|pflege|chef de|koch|cuisinier|cocinero|cuoco|sommelier|barista|baker|bäcker|boulanger|panadero|fornaio|bakker|gérant|gerente|gestore|bestuurder|zaakvoerder|administrat|amministrat|mitarbeiter|collaborat|colaborador|medewerker|employee|staff|team lead|product|projekt|project|projet|proyecto|progetto|office|empfang|reception|customer|kunden|support|(?<!\\p{L})hr(?!\\p{L})|personal|recruit|finance|finanz|operations|betrieb";
export const ROLE_WORDS = new RegExp(`(?:${ROLE_WORD_LIST})`, "iu");
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

// Degrees, licences and generational suffixes written after a name ("Dr. Marcus Webb, DDS",
// "Priya Nair, RDH", "James Whitaker, DMD, MS"): not part of the name. Case-sensitive on purpose.
const POST_NOMINAL =
  /(?:,?\s+(?:DDS|DMD|MDS|MD|DO|PhD|Ph\.D\.|RDH|RDA|RN|LPN|NP|PA-C|DPT|DC|OD|DVM|CPA|CFA|CFP|MBA|MS|MSc|M\.Sc\.|MA|BSc|BA|JD|Esq\.?|LLM|LL\.M\.|FRCS|MRCP|FACS|FAGD|MAGD|Jr\.?|Sr\.?|II|III|IV|MBE|OBE|CBE|PE|AIA|LCSW|LPC|RD|CRNA|FNP|FNP-C|APRN|DNP|PharmD|PMP|MSW|EdD|DPM|AuD))+$/;
// A name part: an initial, or a capitalised word, double-barrelled or with an O'/Mc/Mac prefix.
const NAME_PART = /^(?:\p{Lu}\.|(?:\p{Lu}['’]|Mc|Mac)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u;

export function looksLikeName(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const clean = text
    .replace(/\s+/g, " ")
    .replace(/[,;:|–—-]+$/, "")
    .trim()
    .replace(POST_NOMINAL, "");
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
  const ok = named.every((t) => NAME_PART.test(t));
  return ok ? core.join(" ") : undefined;
}
