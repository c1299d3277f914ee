import type { Resolver as DnsResolver } from "node:dns/promises";
import type { Memo } from "../cache/memo";
import { isProviderError } from "../resilience/errors";
import type { Attempt, EmailChecks, VerifyEmailOutput } from "../schemas";
import { looksGibberish } from "./gibberish";
import { isDisposable, isRoleAccount, isWebmail } from "./lists";
import { lookupMx, type MxResult } from "./mx";
import { scoreOf } from "./score";
import { checkSyntax } from "./syntax";
import type { EmailContext, EmailVerifier } from "./verifiers";

export interface EmailVerifierDeps {
  dns: DnsResolver;
  dnsTimeoutMs: number;
  memo: Memo;
  ttlMs: number;
  /** In order; the first is the offline verifier, the rest are the configured providers. */
  verifiers: EmailVerifier[];
}

class MxLookupFailed extends Error {}

async function mxOf(deps: EmailVerifierDeps, domain: string): Promise<MxResult> {
  try {
    const { value } = await deps.memo.run("mx", domain, deps.ttlMs, async () => {
      const r = await lookupMx(deps.dns, domain, deps.dnsTimeoutMs);
      // A timeout is not an answer: keep it out of the cache so the next lead asks again.
      if (r.status === "error") throw new MxLookupFailed(r.reason);
      return r;
    });
    return value;
  } catch (err) {
    if (err instanceof MxLookupFailed) return { status: "error", reason: err.message };
    throw err;
  }
}

/**
 * Offline checks first (syntax, MX, lists, role, gibberish), then the verifier waterfall: each
 * verifier is asked in order only while the status is still "unknown"; one that fails is recorded
 * and the next is asked.
 */
export async function verifyEmail(
  email: string,
  deps: EmailVerifierDeps,
): Promise<VerifyEmailOutput> {
  const syntax = checkSyntax(email);
  const checks: EmailChecks = {
    syntax: syntax.ok,
    mx: null,
    disposable: false,
    webmail: false,
    role: false,
    gibberish: false,
  };
  if (!syntax.ok) {
    const attempts: Attempt[] = [{ provider: "checks", outcome: "filled", fields: ["status"] }];
    return {
      email,
      status: "invalid",
      score: 0,
      checks,
      provider: "checks",
      reason: syntax.reason,
      attempts,
    };
  }
  checks.disposable = isDisposable(syntax.domain);
  checks.webmail = !checks.disposable && isWebmail(syntax.domain);
  checks.role = isRoleAccount(syntax.local);
  checks.gibberish = looksGibberish(syntax.local);
  const mx = await mxOf(deps, syntax.domain);
  checks.mx = mx.status === "found" ? true : mx.status === "none" ? false : null;

  const ctx: EmailContext = { address: syntax.address, domain: syntax.domain, mx, checks };
  const attempts: Attempt[] = [];
  let decided: { provider: string; score?: number; reason?: string } | undefined;
  let lastReason: string | undefined;
  let status: VerifyEmailOutput["status"] = "unknown";
  for (const verifier of deps.verifiers) {
    try {
      const verdict = await verifier.verify(ctx);
      if (verdict.smtp) checks.smtp = verdict.smtp;
      if (verdict.reason) lastReason = verdict.reason;
      const filled = verdict.status !== "unknown";
      attempts.push({
        provider: verifier.name,
        outcome: filled ? "filled" : "empty",
        cached: verdict.cached,
      });
      if (filled) {
        status = verdict.status;
        decided = { provider: verifier.name, score: verdict.score, reason: verdict.reason };
        break;
      }
    } catch (err) {
      if (!isProviderError(err)) throw err;
      if (verifier.name === "smtp") checks.smtp = "unknown";
      attempts.push({ provider: verifier.name, outcome: err.kind, message: err.message });
    }
  }
  return {
    email: syntax.address,
    status,
    score: scoreOf(status, checks, decided?.score),
    checks,
    provider: decided?.provider ?? "checks",
    reason: decided ? decided.reason : lastReason,
    mxHosts: mx.status === "found" ? mx.hosts : undefined,
    attempts,
  };
}
