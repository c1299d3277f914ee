// Whether a page read over plain HTTP may hide contact data that only a browser would show, and
// why. Render "auto" renders such pages (within a per-site budget); the reasons are reported so a
// caller can see that ordinary pages were not rendered for nothing.
import type { RenderReason } from "../schemas";
import type { PageScan } from "./parse-page";

const NOSCRIPT_WARNING =
  /enable javascript|javascript (?:is )?(?:required|disabled|needed)|activate javascript|javascript aktivieren|activer javascript|activa javascript|abilita javascript|schakel javascript/i;

// Pages where a site's contact data is expected: contact, imprint, legal notice, about, team.
const CONTACT_LIKE =
  /kontakt|contact|contacto|contatt|impressum|imprint|legal|mentions|aviso|colofon|about|ueber-uns|über-uns|a-propos|quienes|chi-siamo|over-ons|team|equipe|équipe|equipo|squadra/i;

/** Little visible text but a JS app root or a noscript warning: an app shell. */
export function looksScriptBuilt(scan: PageScan): boolean {
  if (scan.textLength >= 400) return false;
  return (
    scan.hasAppRoot ||
    NOSCRIPT_WARNING.test(scan.noscriptText) ||
    (scan.scriptCount >= 3 && scan.textLength < 80)
  );
}

function contactLike(scan: PageScan): boolean {
  let path = "";
  try {
    path = decodeURIComponent(new URL(scan.baseUrl).pathname);
  } catch {
    // an unreadable URL says nothing; the title may
  }
  return CONTACT_LIKE.test(path) || CONTACT_LIKE.test(scan.title ?? "");
}

export function renderReason(
  scan: PageScan,
  hasEmail: boolean,
): Exclude<RenderReason, "requested"> | undefined {
  if (looksScriptBuilt(scan)) return "app_shell";
  const { writesDom, assemblesContact } = scan.inlineScripts;
  if (writesDom && assemblesContact) return "assembled_contact";
  if (writesDom && !hasEmail && contactLike(scan)) return "scripted_contact_page";
  return undefined;
}
