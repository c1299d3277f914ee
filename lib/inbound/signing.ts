import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// Two short signed values, both HMAC-SHA256 under the app's signing secret with a purpose label
// (so one can never pass for the other): the time a form page was served, and a file link.

function mac(purpose: string, ...parts: string[]): string {
  return createHmac("sha256", authSecret())
    .update([purpose, ...parts].join("\n"))
    .digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Humans take a few seconds to fill a form in; a script posting at once is refused. */
export const MIN_SUBMIT_MS = 3_000;
/** A page left open longer than this is reloaded before it is accepted (no replaying old tokens). */
export const MAX_FORM_AGE_MS = 24 * 3_600_000;

/** The hidden value the hosted page carries: when the server served it, for which form. */
export function issueFormToken(formId: string, now = Date.now()): string {
  return `${now}.${mac("inbound-form", formId, String(now))}`;
}

export type TokenVerdict = "ok" | "missing" | "invalid" | "too_fast" | "expired";

/** Checks a form token against the server's clock, never the client's. */
export function checkFormToken(
  formId: string,
  token: string | undefined | null,
  now = Date.now(),
): TokenVerdict {
  if (!token) return "missing";
  const m = /^(\d{13})\.([\w-]{43})$/.exec(token);
  if (!m || !same(m[2]!, mac("inbound-form", formId, m[1]!))) return "invalid";
  const age = now - Number(m[1]);
  if (age < MIN_SUBMIT_MS) return "too_fast";
  if (age > MAX_FORM_AGE_MS) return "expired";
  return "ok";
}

/** A file link lives this long: enough to click, too short to be worth forwarding. */
export const FILE_LINK_TTL_MS = 5 * 60_000;

/** The query of a submission's file link: its expiry (unix ms) and signature. */
export function signFileLink(submissionId: string, now = Date.now()): { exp: string; sig: string } {
  const exp = String(now + FILE_LINK_TTL_MS);
  return { exp, sig: mac("inbound-file", submissionId, exp) };
}

export function checkFileLink(
  submissionId: string,
  exp: string | null,
  sig: string | null,
  now = Date.now(),
): "ok" | "invalid" | "expired" {
  if (!exp || !sig || !/^\d{13}$/.test(exp)) return "invalid";
  if (!same(sig, mac("inbound-file", submissionId, exp))) return "invalid";
  return Number(exp) < now ? "expired" : "ok";
}

/**
 * The field errors a no-JavaScript post is sent back to the page with, signed: the page shows
 * only errors this server wrote, never text a crafted link puts in front of a prospect.
 */
export function sealErrors(errors: Record<string, string[]>): string {
  const body = Buffer.from(JSON.stringify(errors)).toString("base64url");
  return `${body}.${mac("inbound-errors", body)}`;
}

export function openErrors(sealed: string | undefined | null): Record<string, string[]> {
  if (!sealed || sealed.length > 16_000) return {};
  const dot = sealed.lastIndexOf(".");
  const body = sealed.slice(0, dot);
  if (dot < 0 || !same(sealed.slice(dot + 1), mac("inbound-errors", body))) return {};
  try {
    const v = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as unknown;
    if (typeof v !== "object" || v === null) return {};
    return Object.fromEntries(
      Object.entries(v).filter(
        (e): e is [string, string[]] =>
          Array.isArray(e[1]) && e[1].every((m) => typeof m === "string"),
      ),
    );
  } catch {
    return {};
  }
}
