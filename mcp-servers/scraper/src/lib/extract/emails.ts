// Email recognition on text and attributes (never on raw HTML). Candidates are
// de-obfuscated, matched, then rejected when they look like asset names, package
// specifiers, URL credentials, placeholders or machine-generated ids.
import { parse as parseDomain } from "tldts";

const EMAIL_RE =
  /[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/gi;

// File extensions that are (or could be mistaken for) TLDs: `logo@2x.png`, `bundle@1.0.min.js`.
const FILE_EXTENSIONS = new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "webp",
  "avif",
  "ico",
  "bmp",
  "tif",
  "tiff",
  "heic",
  "css",
  "js",
  "mjs",
  "cjs",
  "ts",
  "tsx",
  "jsx",
  "json",
  "map",
  "zip",
  "gz",
  "tgz",
  "rar",
  "mov",
  "mp4",
  "mp3",
  "webm",
  "wav",
  "pdf",
  "woff",
  "woff2",
  "ttf",
  "otf",
  "eot",
  "php",
  "asp",
  "aspx",
  "html",
  "htm",
  "xml",
  "txt",
  "csv",
  "yml",
  "yaml",
  "lock",
  "md",
  "vue",
  "scss",
  "less",
]);
// Second-level labels used by examples and form placeholders in several languages.
const PLACEHOLDER_LABELS = new Set([
  "example",
  "examples",
  "exemple",
  "ejemplo",
  "esempio",
  "beispiel",
  "voorbeeld",
  "domain",
  "yourdomain",
  "yourcompany",
  "yoursite",
  "yourwebsite",
  "yourbusiness",
  "company",
  "mycompany",
  "email",
  "e-mail",
  "test",
  "sample",
  "website",
  "mysite",
  "musterfirma",
  "mustermann",
  "muster",
  "firma",
  "tld",
  "localhost",
  "invalid",
  "domaine",
  "dominio",
  "empresa",
  "azienda",
  "bedrijf",
  "entreprise",
  "address",
  "yourmail",
  "youremail",
  "votredomaine",
  "votresite",
  "votreentreprise",
  "tudominio",
  "tuempresa",
  "tuodominio",
  "tuaazienda",
  "uwbedrijf",
  "uwdomein",
  "ihredomain",
  "ihrefirma",
  "deinedomain",
  "meinefirma",
  "acme-example",
  "placeholder",
  "dummy",
  "fake",
]);
const PLACEHOLDER_LOCALS = new Set([
  "you",
  "your",
  "yourname",
  "your.name",
  "youremail",
  "your.email",
  "your-email",
  "firstname.lastname",
  "first.last",
  "firstname",
  "vorname.nachname",
  "vorname",
  "prenom.nom",
  "nombre.apellido",
  "nome.cognome",
  "voornaam.achternaam",
  "username",
  "user",
  "someone",
  "somebody",
  "email",
  "e-mail",
  "john.doe",
  "jane.doe",
  "johndoe",
  "janedoe",
  "max.mustermann",
  "erika.mustermann",
  "name",
  "nom",
  "nombre",
  "nome",
  "naam",
  "votre.nom",
  "votrenom",
  "votre.email",
  "votremail",
  "votre-email",
  "tu.nombre",
  "tunombre",
  "tu.email",
  "tuo.nome",
  "tuonome",
  "ihr.name",
  "ihrname",
  "ihre.email",
  "ihre-email",
  "ihr",
  "ihre",
  "uw.naam",
  "uwnaam",
  "jouw.naam",
  "your-name",
  "yourname123",
  "name.surname",
  "nombre.apellidos",
  "prenom",
  "vorname.name",
]);
// Error-reporting and build hosts whose "addresses" are DSN keys, not mailboxes.
const MACHINE_DOMAINS =
  /(^|\.)(sentry\.io|sentry-next\.wixpress\.com|wixpress\.com|sentry\.wixpress\.com|ingest\.sentry\.io|users\.noreply\.github\.com)$/;

/** Normalizes and validates one address; undefined when it is not a real mailbox. */
export function validEmail(candidate: string): string | undefined {
  const value = candidate
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "");
  const at = value.lastIndexOf("@");
  if (at <= 0 || value.length > 254) return undefined;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || local.startsWith(".") || local.endsWith(".") || local.includes(".."))
    return undefined;
  if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) return undefined;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/.test(domain)) return undefined;
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  if (FILE_EXTENSIONS.has(tld)) return undefined;
  const parsed = parseDomain(domain, { allowPrivateDomains: false });
  if (!parsed.isIcann || !parsed.domainWithoutSuffix) return undefined;
  const labels = domain.split(".");
  if (labels.some((l) => PLACEHOLDER_LABELS.has(l)) && labels.length <= 3) return undefined;
  if (PLACEHOLDER_LOCALS.has(local)) return undefined;
  if (MACHINE_DOMAINS.test(domain)) return undefined;
  // 24+ hex characters is a hash or key (Sentry DSNs, tracking ids), never a person's mailbox.
  if (/^[0-9a-f]{24,}$/.test(local)) return undefined;
  // Resolution suffixes (`icon@2x`) and versions (`pkg@1`) in the local part's neighbourhood.
  if (/^\d+x$/.test(labels[0] ?? "")) return undefined;
  return value;
}

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
function mayHoldEmail(text: string): boolean {
  return (
    text.includes("@") ||
    BRACKETED_AT_TEST.test(text) ||
    (SPACED_AT.test(text) && SPACED_DOT.test(text))
  );
}

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
