// Obfuscated addresses made readable again: spelled-out or bracketed at/dot words, and
// Cloudflare's email protection (an XOR-encoded hex payload).

const AT_WORDS = "at|ät|arroba|chiocciola|apenstaartje|@";
const DOT_WORDS = "dot|punkt|point|punto|punt|\\.";
const BRACKETED_AT = new RegExp(`\\s*[\\[({<]\\s*(?:${AT_WORDS})\\s*[\\])}>]\\s*`, "gi");
const BRACKETED_DOT = new RegExp(`\\s*[\\[({<]\\s*(?:${DOT_WORDS})\\s*[\\])}>]\\s*`, "gi");
// "info at acme dot com" only when both spelled-out words appear, so prose is left alone.
const SPELLED =
  /(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64})\s+(?:at|AT)\s+([a-z0-9-]{1,63}(?:\s+(?:dot|DOT|punkt|point)\s+[a-z0-9-]{1,63}){1,6})\b/g;

const BRACKETED_AT_TEST = /[\[({<]\s*(?:at|ät|arroba|chiocciola|apenstaartje|@)\s*[\])}>]/i;
const SPACED_AT = /\s(?:at|AT)\s/;
const SPACED_DOT = /\s(?:dot|DOT|punkt|point)\s/;

/** Undo the common human-readable obfuscations: `[at]`, `(at)`, `{at}`, `<at>`, ` at … dot `. */
export function deobfuscate(text: string): string {
  let out = text;
  if (BRACKETED_AT_TEST.test(out)) {
    out = out.replace(BRACKETED_AT, "@").replace(BRACKETED_DOT, ".");
  } else if (out.includes("@")) {
    out = out.replace(BRACKETED_DOT, ".");
  }
  // "sales @ acme.com": a lone @ with spaces around it between a name and a domain.
  // Bounded quantifiers and a token-start lookbehind keep these replacements linear on huge tokens.
  if (/\s@\s/.test(out)) {
    out = out.replace(
      /(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64})\s+@\s+([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,6}\.[a-z]{2,24})\b/gi,
      "$1@$2",
    );
  }
  if (SPACED_AT.test(out) && SPACED_DOT.test(out)) {
    out = out.replace(
      SPELLED,
      (_m, local: string, rest: string) =>
        `${local}@${rest.replace(/\s+(?:dot|DOT|punkt|point)\s+/g, ".")}`,
    );
  }
  return out;
}

/**
 * Whether deobfuscate() could leave an "@" in the text: one is there already, or a bracketed
 * at-word, or a spelled-out " at " with a " dot ". The same tests deobfuscate() branches on, so
 * the ordinary line ("what a great team") is dismissed without running it.
 */
export function mayHoldEmail(text: string): boolean {
  return (
    text.includes("@") ||
    BRACKETED_AT_TEST.test(text) ||
    (SPACED_AT.test(text) && SPACED_DOT.test(text))
  );
}

/** Cloudflare email protection: first byte is the XOR key for the rest. */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  const bytes: number[] = [];
  for (let i = 2; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16) ^ key);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** The hex payload of a Cloudflare-protected link (`/cdn-cgi/l/email-protection#…`). */
export function cfHexFromHref(href: string): string | undefined {
  const m = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)$/i.exec(href);
  return m?.[1];
}
