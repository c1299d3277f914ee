import type { HunterClient } from "../providers/hunter";
import { ProviderError } from "../resilience/errors";
import type { ProviderGuard } from "../resilience/provider-guard";
import type { EmailChecks, EmailStatus } from "../schemas";
import type { MxResult } from "./mx";
import { smtpProbe, type SmtpProbeOptions, type SmtpVerdict } from "./smtp-probe";

/** What every verifier is told about the address; `checks` is filled by the offline checks. */
export interface EmailContext {
  address: string;
  domain: string;
  mx: MxResult;
  checks: EmailChecks;
}

export interface EmailVerdict {
  status: EmailStatus;
  /** The provider's own 0..100 score, blended into ours. */
  score?: number;
  reason?: string;
  cached?: boolean;
  smtp?: SmtpVerdict;
}

/** One step of the e-mail waterfall. Throws a ProviderError when it could not answer. */
export interface EmailVerifier {
  readonly name: string;
  verify(ctx: EmailContext): Promise<EmailVerdict>;
}

/** Decides from the offline checks alone: what syntax, DNS and the lists can prove. */
export const offlineVerifier: EmailVerifier = {
  name: "checks",
  async verify({ checks, mx }) {
    const reason = mx.status !== "found" ? mx.reason : undefined;
    if (checks.mx === false) return { status: "invalid", reason };
    if (checks.disposable) return { status: "disposable", reason: "disposable address provider" };
    if (checks.webmail) return { status: "webmail", reason };
    return { status: "unknown", reason };
  },
};

export function hunterVerifier(client: HunterClient): EmailVerifier {
  return {
    name: "hunter",
    async verify({ address }) {
      const { value, cached } = await client.verifyEmail(address);
      return { status: value.status, score: value.score, reason: value.note, cached };
    },
  };
}

const SMTP_STATUS: Record<SmtpVerdict, EmailStatus> = {
  accepted: "valid",
  rejected: "invalid",
  accept_all: "accept_all",
  unknown: "unknown",
};

/** RCPT TO against the first MX host, paced by its own guard so probes never come in bursts. */
export function smtpVerifier(opts: SmtpProbeOptions, guard: ProviderGuard): EmailVerifier {
  return {
    name: "smtp",
    async verify({ address, mx }) {
      if (mx.status !== "found") return { status: "unknown", reason: "no MX host to probe" };
      const verdict = await guard.run(() =>
        smtpProbe(mx.hosts[0]!, address, opts).catch((err: unknown) => {
          // A refused (private) or unresolvable MX host is this verifier failing, not a crash.
          const message = err instanceof Error ? err.message : String(err);
          throw new ProviderError("smtp", "network", `SMTP probe: ${message}`, { cause: err });
        }),
      );
      return {
        status: SMTP_STATUS[verdict],
        smtp: verdict,
        reason: verdict === "rejected" ? "the mail server refused the recipient" : undefined,
      };
    },
  };
}
