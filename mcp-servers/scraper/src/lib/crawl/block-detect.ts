// Anti-bot walls return 200s or 403s with a challenge instead of the page. Reporting them as a
// success would charge the customer for nothing, so they become status "blocked".
// Strong markers only appear on challenge pages themselves.
const STRONG = [
  "cf_chl_opt",
  "<title>just a moment...</title>",
  "attention required! | cloudflare",
  "captcha-delivery.com",
  "incapsula incident id",
  "px-captcha",
  "checking your browser before accessing",
  "ddos-guard.net/",
  "awswafcaptcha",
];
// Weak markers also appear on ordinary pages (a contact form with reCAPTCHA, Cloudflare's bot
// script): they count only on an error status or a page with next to nothing else on it.
const WEAK = [
  "g-recaptcha",
  "h-captcha",
  "challenge-platform",
  "verify you are human",
  "are you a robot",
  "captcha",
];
const TINY_PAGE = 6_000;

const escape = (m: string) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const STRONG_RE = new RegExp(STRONG.map(escape).join("|"), "i");
const WEAK_RE = new RegExp(WEAK.map(escape).join("|"), "i");

/** The marker that gives a challenge page away, if any. */
export function challengeMarker(html: string, status = 200): string | undefined {
  // Challenge pages are small and give themselves away early; 16 kB keeps this cheap per page.
  const head = html.length > 16 * 1024 ? html.slice(0, 16 * 1024) : html;
  const strong = STRONG_RE.exec(head);
  if (strong) return strong[0].toLowerCase();
  if (status >= 400 || html.length < TINY_PAGE) return WEAK_RE.exec(head)?.[0].toLowerCase();
  return undefined;
}

export type PageVerdict =
  | { kind: "ok" }
  | { kind: "blocked"; reason: string }
  | { kind: "not_found" }
  | { kind: "error"; reason: string };

export function judgePage(status: number, html: string): PageVerdict {
  const marker = challengeMarker(html, status);
  if (marker) {
    return { kind: "blocked", reason: `Anti-bot challenge page (${marker})` };
  }
  if (status === 401 || status === 403)
    return { kind: "blocked", reason: `The site refused access (HTTP ${status})` };
  if (status === 429)
    return { kind: "blocked", reason: "The site kept rate-limiting us (HTTP 429)" };
  if (status === 404 || status === 410) return { kind: "not_found" };
  if (status >= 400) return { kind: "error", reason: `HTTP ${status}` };
  return { kind: "ok" };
}
