import type { EmailChecks, EmailStatus } from "../schemas";

/**
 * 0..100, how likely a message to this address reaches a person. The status sets the band; the
 * softer signals (role inbox, gibberish, webmail) move the score inside it.
 */
export function scoreOf(status: EmailStatus, checks: EmailChecks, providerScore?: number): number {
  const band: Record<EmailStatus, number> = {
    valid: 90,
    accept_all: 60,
    webmail: 55,
    unknown: 50,
    disposable: 5,
    invalid: 0,
  };
  if (status === "invalid" || status === "disposable") return band[status];
  let score =
    providerScore !== undefined ? Math.round((band[status] + providerScore) / 2) : band[status];
  if (checks.mx === true && status === "unknown") score += 10;
  if (checks.role) score -= 15;
  if (checks.gibberish) score -= 25;
  return Math.max(0, Math.min(100, score));
}
