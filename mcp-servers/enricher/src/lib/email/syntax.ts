import emailAddresses from "email-addresses";
import { asciiDomain } from "../domain";

export type SyntaxResult =
  { ok: true; local: string; domain: string; address: string } | { ok: false; reason: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * RFC 5322/6532 parse of a bare address (no display name, no group), then the limits of RFC 5321
 * (64-octet local part, 254-octet path) and a routable host name: domain literals and dotless
 * hosts are syntactically legal but never a lead's mailbox.
 */
export function checkSyntax(input: string): SyntaxResult {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: "email is empty" };
  if (raw.length > 320) return { ok: false, reason: "email is longer than 320 characters" };
  const parsed = emailAddresses.parseOneAddress({ input: raw, rfc6532: true, rejectTLD: true });
  if (!parsed || parsed.type !== "mailbox") return { ok: false, reason: "not an RFC 5322 address" };
  if (parsed.name) return { ok: false, reason: "expected a bare address without a display name" };
  const local = parsed.local;
  if (Buffer.byteLength(local) > 64) return { ok: false, reason: "local part is over 64 octets" };
  if (parsed.domain.startsWith("["))
    return { ok: false, reason: "domain literals are not accepted" };
  const domain = asciiDomain(parsed.domain);
  if (!domain) return { ok: false, reason: `"${parsed.domain}" is not a valid domain name` };
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!))
    return { ok: false, reason: `"${parsed.domain}" is not a valid domain name` };
  const address = `${local}@${domain}`;
  if (Buffer.byteLength(address) > 254) return { ok: false, reason: "address is over 254 octets" };
  return { ok: true, local, domain, address };
}
