// Which matched addresses are real mailboxes: syntax and length limits, then the traps —
// file names whose extension looks like a TLD, placeholder domains and local parts in several
// languages, error-reporting DSNs and hashed ids.
import { parse as parseDomain } from "tldts";

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
