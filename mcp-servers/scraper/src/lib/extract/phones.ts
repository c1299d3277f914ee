// Phone recognition. Everything goes through libphonenumber-js (full metadata, so
// mobile vs fixed line is known). Plain text is handled conservatively: a number
// needs a phone label before it, or international/grouped formatting, and is
// dropped when an order/invoice/IBAN/VAT/price/date label sits closer to it.
import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js/max";
import { LineMemo } from "./line-memo";
import type { PhoneKind } from "./types";

export interface FoundPhone {
  value: string;
  raw: string;
  kind: PhoneKind;
}

// Longer words first: alternation picks the first that matches ("télécopie" before "tél").
// Boundaries use \p{L} because \b does not know accented letters.
const PHONE_LABEL =
  /(?:(?<!\p{L})(?:télécopieur|télécopie|telecopie|telefax|facsimile|fax|téléphone|telephone|telefonnummer|telefono|teléfono|telèfon|telefoon|telefon|tél|tel|phone|fone|fon|ph|tfno|tlf|call|ring|mobile|mobil|handy|cellphone|cellulare|cell|móvil|movil|portable|gsm|whatsapp|hotline|zentrale|centralino|sekretariat|rufnummer|faxnummer|telefaxnummer|handynummer|mobilnummer|servicenummer|durchwahl|contact|kontakt|contatto|contacto)(?!\p{L})\.?|(?<!\p{L}\.)(?<!\p{L})[tfmp](?!\p{L})\.?|[☎📞✆📱])/giu;
const FAX_LABEL =
  /^(?:fax|telefax|télécopie|télécopieur|telecopie|facsimile|faxnummer|telefaxnummer|f)\.?$/i;
const MOBILE_LABEL =
  /\b(?:mobil|mobile|handy|cell|cellphone|móvil|movil|cellulare|portable|gsm|m)\b/i;
// Labels of numbers that are not phones; whichever label is nearest the number wins.
const NEGATIVE_LABEL =
  /(?:\b(?:order|orders|bestell\w*|auftrag\w*|tracking|track|sendung\w*|paket\w*|shipment|invoice|rechnung\w*|facture|factura|fattura|factuur|iban|bic|swift|vat|ust|ust-id\w*|uid|mwst|steuer\w*|umsatzsteuer\w*|identifikationsnummer|tax|hrb|hra|handelsregister\w*|firmenbuch\w*|registergericht|amtsgericht|registre|siret|siren|rcs|kvk|btw|cif|nif|p\.?\s?iva|partita|codice|fiscale|c\.f|kunden\w*|customer|client|ref|referenz|référence|reference|ticket|case|serial|seriennummer|sku|art\.?-?nr|artikel\w*|item|isbn|ean|gtin|zip|plz|postcode|postleitzahl|konto\w*|account|blz|price|preis|prix|precio|prezzo|prijs|eur|usd|gbp|chf|version|build|release|datum|date|fecha|licen[cs]e|patent|capital|stammkapital|kapital|aktenzeichen|dossier|n°\s?tva|tva|sepa|mandat\w*|gläubiger\w*|creditor|vertrags\w*|police|versicherungs\w*|commande|suivi|colis|pedido|seguimiento|envío|envio|albarán|ordine|spedizione|bestelling|zending|ordernummer|factuurnummer|company number|company no|registered|registration|companies house|crn|ein|ssn|license|lic|kammer\w*|mitgliedsnummer|ondernemingsnummer|btw-nummer|kvk-nummer|rsin|nº|n°|angebots\w*|buchungs\w*|rea|albo|iscrizione|matricola|colegiado|colegiada|registro|protocollo|aktien\w*|reservierungs\w*|booking ref\w*|confirmation)\b|[€$£#%])/giu;
const TRUNK_ZERO = new Set([
  "DE",
  "AT",
  "CH",
  "FR",
  "GB",
  "NL",
  "BE",
  "IE",
  "LU",
  "FI",
  "SE",
  "AU",
  "NZ",
  "IN",
  "JP",
  "KR",
  "TR",
  "IL",
  "ZA",
  "BR",
  "AR",
  "UA",
  "RU",
  "EG",
  "NG",
  "KE",
  "TH",
  "ID",
  "MY",
  "PK",
  "PH",
  "VN",
  "TW",
  "CN",
  "HR",
  "SI",
  "RS",
  "BA",
]);
const DATE_ONLY = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
// Dates anywhere in the match (ranges such as "06.01.2026 – 01.02.2026" or "01/04 – 15/06"): a
// four-digit year after two short groups, an ISO date, a day/month pair joined by a slash, or a
// German day.month. without year. Phone groups next to a slash have three or more digits.
const DATE_INSIDE =
  /(?:^|\D)\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?:\D|$)|(?:19|20)\d{2}-\d{2}-\d{2}|(?<!\d)\d{1,2}\/\d{1,2}(?!\d)|(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)/;
// A booking or trip code ("XX-20240715-14", "KD20240715/3"): digits glued to letters by a hyphen,
// underscore, slash or nothing at all belong to that code, not to a phone number.
const CODE_BEFORE = /\p{L}[\p{L}\d]*[-_/#.]?$/u;
const CODE_AFTER = /^[-_/#]?\p{L}/u;
// The first digit group is a compact date (20240715, 15072024): a code or timestamp built from it.
const COMPACT_DATE =
  /^(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2})$/;

/** Unlabelled digits that read as a date or sit inside a code token with letters are no phone. */
function looksLikeCode(line: string, start: number, end: number, raw: string): boolean {
  if (CODE_BEFORE.test(line.slice(Math.max(0, start - 40), start))) return true;
  if (CODE_AFTER.test(line.slice(end, end + 2))) return true;
  const first = /^\(?(\d+)/.exec(raw)?.[1] ?? "";
  return COMPACT_DATE.test(first);
}

const CURRENCY_NEAR = /^[\s]*(?:€|\$|£|eur\b|usd\b|chf\b|gbp\b|,-|%)/i;

function lastIndexOfRe(text: string, re: RegExp): { index: number; match: string } {
  re.lastIndex = 0;
  let best = { index: -1, match: "" };
  for (const m of text.matchAll(re)) best = { index: m.index, match: m[0] };
  return best;
}

function kindOf(number: PhoneNumber, label: string): PhoneKind {
  if (label && FAX_LABEL.test(label)) return "fax";
  const type = number.getType();
  if (type === "MOBILE") return "mobile";
  if (type === "FIXED_LINE_OR_MOBILE" && label && MOBILE_LABEL.test(label)) return "mobile";
  return "phone";
}

// "<thing>nummer" (de, nl) and "<thing> number" (en) name some other number unless the thing is a
// phone word: Vorgangsnummer, Mitgliedsnummer, policy number, membership number…
const NUMBER_WORD = /(\p{L}{3,})(?:nummer|-nummer|\s(?:number|no\.|#))(?!\p{L})/giu;
const PHONE_THING =
  /^(?:tele?fon|telephone|phone|telefax|fax|ruf|handy|mobil|mobile|cell|contact|kontakt|durchwahl|hotline|service|whatsapp|gsm|notfall|notruf|zentrale|direct|toll-free|free)$/i;

/** Index of the last label naming a non-phone number, or -1. */
function otherNumberLabel(text: string): number {
  if (!/nummer|number|no\.|#/i.test(text)) return -1;
  let last = -1;
  for (const m of text.matchAll(NUMBER_WORD)) if (!PHONE_THING.test(m[1] ?? "")) last = m.index;
  return last;
}

/**
 * The label governing a number: the nearest phone or non-phone label in the text
 * before it (within its own line, else a short label-only previous line such as a
 * <dt>Fax</dt>). Returns undefined when a non-phone label is nearer.
 */
export function governingLabel(
  before: string,
  previousLine?: string,
): { label: string } | { negative: true } | undefined {
  const pos = lastIndexOfRe(before, PHONE_LABEL);
  const neg = Math.max(lastIndexOfRe(before, NEGATIVE_LABEL).index, otherNumberLabel(before));
  if (neg >= 0 && neg >= pos.index) return { negative: true };
  if (pos.index >= 0) return { label: pos.match };
  // Only a label-only line (a <dt>, a table cell) lends its label to the next line.
  if (previousLine !== undefined && previousLine.length <= 32 && !/\d{3}/.test(previousLine)) {
    const p = lastIndexOfRe(previousLine, PHONE_LABEL);
    const n = Math.max(
      lastIndexOfRe(previousLine, NEGATIVE_LABEL).index,
      otherNumberLabel(previousLine),
    );
    if (n >= 0 && n >= p.index) return { negative: true };
    if (p.index >= 0) return { label: p.match };
  }
  return undefined;
}

const DIGIT_RUN = /[+(]?\d[\d\s().\/\u2010-\u2015-]*\d/g;

function hasPhoneLikeRun(line: string): boolean {
  for (const m of line.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, "").length;
    if (digits >= 6 && digits <= 17 && !DATE_ONLY.test(m[0].trim())) return true;
    // A long run may hold a date and a phone side by side: let the matcher decide.
    if (digits > 17) return true;
  }
  return false;
}

const LINES = new LineMemo<readonly FoundPhone[]>();
const TRUSTED = new LineMemo<FoundPhone | undefined>();

/** Forgets the lines seen so far: a bench timing pages it has already read starts afresh. */
export function forgetPhoneLines(): void {
  LINES.clear();
  TRUSTED.clear();
}

/** Phones in one line of visible text. */
export function phonesInLine(
  line: string,
  country: CountryCode | undefined,
  previousLine?: string,
): readonly FoundPhone[] {
  // Cheap pre-check before the (costly) matcher: some run of digits and separators must hold
  // 6–17 digits and not be a date — most lines with figures (prices, years, dates) stop here.
  if (!hasPhoneLikeRun(line)) return [];
  return LINES.get(`${country ?? ""}\n${previousLine ?? ""}\n${line}`, () =>
    matchPhonesInLine(line, country, previousLine),
  );
}

function matchPhonesInLine(
  line: string,
  country: CountryCode | undefined,
  previousLine: string | undefined,
): FoundPhone[] {
  const out: FoundPhone[] = [];
  const matches = findPhoneNumbersInText(line, country ? { defaultCountry: country } : undefined);
  let prevEnd = 0;
  for (const m of matches) {
    const raw = line.slice(m.startsAt, m.endsAt);
    const before = line.slice(prevEnd, m.startsAt);
    const after = line.slice(m.endsAt, m.endsAt + 6);
    prevEnd = m.endsAt;
    if (
      DATE_INSIDE.test(raw) ||
      DATE_ONLY.test(raw.trim()) ||
      CURRENCY_NEAR.test(after) ||
      /[€$£]\s*$/.test(before)
    )
      continue;
    // Version strings (v2.1.14) and decimals glued to the number are not phones.
    if (/[.,]\d/.test(after.slice(0, 2)) || /\bv\s?$/i.test(before)) continue;
    const gov = governingLabel(
      before,
      m.startsAt === 0 || before.trim() === "" ? previousLine : undefined,
    );
    if (gov && "negative" in gov) continue;
    const label = gov?.label ?? "";
    if (!label && looksLikeCode(line, m.startsAt, m.endsAt, raw)) continue;
    // A national number written without its trunk prefix cannot be dialled, so it is some other id
    // (VAT "DE 298 765 432", register numbers). Countries that dial a leading 0 nationally:
    if (!/^(?:\+|00)/.test(raw) && country && TRUNK_ZERO.has(country) && !/^\(?0/.test(raw))
      continue;
    // Two capital letters right before the digits are a country prefix of a tax id (DE, ATU, FR).
    const prefix = /\b([A-Z]{2}|ATU|CHE)\s?$/.exec(before)?.[1];
    if (prefix && !/^(?:PH|TF|FX|TE|MO|CH)$/.test(prefix)) continue;
    if (!label) {
      // Unlabelled: only international or visibly grouped formatting counts.
      const international = /^\(?(?:\+|00)/.test(raw);
      const grouped = /\d[\s./()-]+\d/.test(raw) && raw.replace(/\D/g, "").length >= 8;
      if (!international && !grouped) continue;
    }
    out.push({ value: m.number.number, raw, kind: kindOf(m.number, label) });
  }
  return out;
}

/** A tel: link target or a JSON-LD telephone value: trusted source, so a possible number is enough. */
export function parseTrustedPhone(
  raw: string,
  country: CountryCode | undefined,
  label = "",
): FoundPhone | undefined {
  return TRUSTED.get(`${country ?? ""}\n${label}\n${raw}`, () => parseTrusted(raw, country, label));
}

function parseTrusted(
  raw: string,
  country: CountryCode | undefined,
  label: string,
): FoundPhone | undefined {
  let text = raw.replace(/^tel:|^callto:|^fax:/i, "");
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep the raw target
  }
  text = text.split(/[;?]/)[0]?.trim() ?? "";
  if (!/\d{4}/.test(text)) return undefined;
  const n = parsePhoneNumberFromString(
    text,
    country ? { defaultCountry: country, extract: false } : { extract: false },
  );
  if (!n || !(n.isValid() || (n.isPossible() && /^\+/.test(text)))) return undefined;
  return { value: n.number, raw: text, kind: kindOf(n, label) };
}

export { PHONE_LABEL, FAX_LABEL };
