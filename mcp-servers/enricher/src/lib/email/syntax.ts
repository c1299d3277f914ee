import emailAddresses from "email-addresses";
import { asciiDomain } from "../domain";

export type SyntaxResult =
  { ok: true; local: string; domain: string; address: string } | { ok: false; reason: string };

type Parts = { local: string; domain: string } | { error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// RFC 5322 dot-atom on both sides of the @ (atext runs joined by single dots, a dotted domain):
// the shape of nearly every real address. For it the full grammar can only yield these two halves,
// so the regex gives the parser's answer in a microsecond instead of a recursive-descent parse
// that tries display names, groups and comments first (most of a warm batch's per-lead time).
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM_ADDRESS = new RegExp(`^(${ATEXT}(?:\\.${ATEXT})*)@(${ATEXT}(?:\\.${ATEXT})+)$`);

/** The full RFC 5322/6532 parse: quoted local parts, comments, UTF-8, obsolete forms. */
export function parseWithGrammar(raw: string): Parts {
  const parsed = emailAddresses.parseOneAddress({ input: raw, rfc6532: true, rejectTLD: true });
  if (!parsed || parsed.type !== "mailbox") return { error: "not an RFC 5322 address" };
  if (parsed.name) return { error: "expected a bare address without a display name" };
  return { local: parsed.local, domain: parsed.domain };
}

/** The dot-atom shortcut; undefined when the input needs the full grammar. */
export function parseDotAtom(raw: string): Parts | undefined {
  const m = DOT_ATOM_ADDRESS.exec(raw);
  return m ? { local: m[1]!, domain: m[2]! } : undefined;
}

/**
 * RFC 5322/6532 parse of a bare address (no display name, no group), then the limits of RFC 5321
 * (64-octet local part, 254-octet path) and a routable host name: domain literals and dotless
 * hosts are syntactically legal but never a lead's mailbox.
 */
export function checkSyntax(input: string): SyntaxResult {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: "email is empty" };
  if (raw.length > 320) return { ok: false, reason: "email is longer than 320 characters" };
  const parts = parseDotAtom(raw) ?? parseWithGrammar(raw);
  if ("error" in parts) return { ok: false, reason: parts.error };
  const local = parts.local;
  if (Buffer.byteLength(local) > 64) return { ok: false, reason: "local part is over 64 octets" };
  if (parts.domain.startsWith("["))
    return { ok: false, reason: "domain literals are not accepted" };
  const domain = asciiDomain(parts.domain);
  if (!domain) return { ok: false, reason: `"${parts.domain}" is not a valid domain name` };
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!))
    return { ok: false, reason: `"${parts.domain}" is not a valid domain name` };
  const address = `${local}@${domain}`;
  if (Buffer.byteLength(address) > 254) return { ok: false, reason: "address is over 254 octets" };
  return { ok: true, local, domain, address };
}
