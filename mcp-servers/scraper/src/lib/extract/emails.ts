// Email recognition on text and attributes (never on raw HTML). Candidates are
// de-obfuscated, matched, then rejected when they look like asset names, package
// specifiers, URL credentials, placeholders or machine-generated ids. The de-obfuscation lives
// in email-obfuscation.ts, the mailbox rules in email-rules.ts; this file finds the candidates.
import { deobfuscate, mayHoldEmail } from "./email-obfuscation";
import { validEmail } from "./email-rules";

const EMAIL_RE =
  /[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/gi;

/** All mailboxes mentioned in a run of visible text. */
export function emailsInText(text: string): string[] {
  if (!mayHoldEmail(text)) return [];
  const clean = deobfuscate(text);
  if (!clean.includes("@")) return [];
  const found: string[] = [];
  // The pattern only runs on short windows around each "@": an address is at most 64 + 1 + 255
  // characters, and bounded input keeps the regex linear on hostile pages (huge tokens).
  let from = 0;
  for (let at = clean.indexOf("@"); at !== -1; at = clean.indexOf("@", from)) {
    let start = at;
    while (start > 0 && at - start < 65 && !/\s/.test(clean[start - 1] ?? " ")) start--;
    if (start > 0 && !/\s/.test(clean[start - 1] ?? " ")) {
      from = at + 1; // local part longer than 64: not an address
      continue;
    }
    const window = clean.slice(start, Math.min(clean.length, at + 256));
    const m = new RegExp(EMAIL_RE.source, "i").exec(window);
    from = at + 1;
    if (!m || start + m.index + m[0].indexOf("@") !== at) continue;
    const begin = start + m.index;
    const end = begin + m[0].length;
    from = Math.max(from, end);
    const before = clean.slice(Math.max(0, begin - 3), begin);
    const after = clean.slice(end, end + 2);
    // URL userinfo (`https://key@host/1`, `user:pass@host`) and scp-style git remotes (`git@host:repo`).
    if (/[/:]$/.test(before) || /^:[\w~/]/.test(after)) continue;
    // `name@domain.com/path` is a URL path, not a mailbox.
    if (after.startsWith("/")) continue;
    let v = validEmail(m[0]);
    // Adjacent inline elements can glue the next word on (`info@acme.deTelefon`): cut at the case change.
    const glued = v ? undefined : /^(.*\.[a-z]{2,24})[A-Z]/.exec(m[0]);
    if (glued?.[1]) v = validEmail(glued[1]);
    else if (/^[a-z0-9-]/i.test(after)) continue;
    if (v) found.push(v);
  }
  return found;
}

/** Addresses in a mailto: target: `mailto:a%40b.com,c@d.com?subject=…`. */
export function emailsFromMailto(href: string): string[] {
  if (!/^mailto:/i.test(href)) return [];
  let target = href.slice(7).split("?")[0] ?? "";
  try {
    target = decodeURIComponent(target);
  } catch {
    // keep the raw target when it is not valid percent-encoding
  }
  // A plain loop: chained map/filter arrays change shape with their length (empty or not), which
  // costs the optimised caller a recompile.
  const out: string[] = [];
  for (const t of target.split(/[,;]/)) {
    const v = validEmail(t);
    if (v !== undefined) out.push(v);
  }
  return out;
}
