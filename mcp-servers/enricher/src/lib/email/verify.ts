import type { Resolver as DnsResolver } from "node:dns/promises";
import type { Memo } from "../cache/memo";
import type { HunterClient } from "../providers/hunter";
import { isProviderError } from "../resilience/errors";
import type { Attempt, EmailChecks, EmailStatus, VerifyEmailOutput } from "../schemas";
import { looksGibberish } from "./gibberish";
import { isDisposable, isRoleAccount, isWebmail } from "./lists";
import { lookupMx, type MxResult } from "./mx";
import { scoreOf } from "./score";
import { smtpProbe, type SmtpProbeOptions } from "./smtp-probe";
import { checkSyntax } from "./syntax";

export interface EmailVerifierDeps {
  dns: DnsResolver;
  dnsTimeoutMs: number;
  memo: Memo;
  ttlMs: number;
  hunter?: HunterClient;
  /** Present only when EMAIL_SMTP_PROBE=1. */
  smtp?: SmtpProbeOptions;
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
 * The e-mail waterfall: offline checks (always), then Hunter's verifier, then an SMTP probe
 * (opt-in), each consulted only while the status is still "unknown".
 */
export async function verifyEmail(
  email: string,
  deps: EmailVerifierDeps,
): Promise<VerifyEmailOutput> {
  const attempts: Attempt[] = [];
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
    attempts.push({ provider: "checks", outcome: "filled", fields: ["status"] });
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

  let status: EmailStatus = "unknown";
  let provider = "checks";
  let reason: string | undefined = mx.status !== "found" ? mx.reason : undefined;
  let providerScore: number | undefined;
  if (checks.mx === false) status = "invalid";
  else if (checks.disposable) status = "disposable";
  else if (checks.webmail) status = "webmail";
  attempts.push({ provider: "checks", outcome: status === "unknown" ? "empty" : "filled" });

  if (status === "unknown" && deps.hunter) {
    try {
      const { value, cached } = await deps.hunter.verifyEmail(syntax.address);
      if (value.status !== "unknown") {
        status = value.status;
        provider = "hunter";
        providerScore = value.score;
        reason = undefined;
      } else if (value.note) reason = value.note;
      attempts.push({
        provider: "hunter",
        outcome: value.status === "unknown" ? "empty" : "filled",
        cached,
      });
    } catch (err) {
      if (!isProviderError(err)) throw err;
      attempts.push({ provider: "hunter", outcome: err.kind, message: err.message });
    }
  }

  if (status === "unknown" && deps.smtp && mx.status === "found") {
    const verdict = await smtpProbe(mx.hosts[0]!, syntax.address, deps.smtp).catch(
      () => "unknown" as const,
    );
    checks.smtp = verdict;
    const mapped: Record<typeof verdict, EmailStatus> = {
      accepted: "valid",
      rejected: "invalid",
      accept_all: "accept_all",
      unknown: "unknown",
    };
    if (mapped[verdict] !== "unknown") {
      status = mapped[verdict];
      provider = "smtp";
      reason = verdict === "rejected" ? "the mail server refused the recipient" : undefined;
    }
    attempts.push({ provider: "smtp", outcome: verdict === "unknown" ? "empty" : "filled" });
  }

  return {
    email: syntax.address,
    status,
    score: scoreOf(status, checks, providerScore),
    checks,
    provider,
    reason,
    mxHosts: mx.status === "found" ? mx.hosts : undefined,
    attempts,
  };
}
