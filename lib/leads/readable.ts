import { z } from "zod";
import {
  ZEnrichCompanyOutputSchema,
  ZVerifyEmailOutputSchema,
  type EmailStatus,
} from "@leadscout/mcp-enricher/schemas";
import { ZReasonSchema, ZSignalSchema } from "@leadscout/mcp-qualifier/schemas";

// The lead page in words: the enricher's verification verdicts, its company facts with their
// provenance and the qualifier's reasons, parsed with the servers' own output schemas (their
// packages export them) and turned into what a sales rep reads. Anything that does not parse is
// left to the page's "details" disclosure, never guessed at. Client-safe (zod only).

export type VerdictTone = "green" | "amber" | "red" | "neutral";

export interface EmailVerdict {
  email: string;
  status: EmailStatus;
  /** The badge: the status in words. */
  label: string;
  tone: VerdictTone;
  /** Why, in a sentence fragment: "the domain has no mail server". */
  reason: string;
  /** A shared inbox (info@, sales@): reachable, but not a person. */
  role: boolean;
  provider: string;
}

const ZVerdictSchema = ZVerifyEmailOutputSchema.pick({
  email: true,
  status: true,
  checks: true,
  provider: true,
  reason: true,
}).loose();
type Verdict = z.infer<typeof ZVerdictSchema>;

const LABEL: Record<EmailStatus, [string, VerdictTone]> = {
  valid: ["valid", "green"],
  invalid: ["invalid", "red"],
  accept_all: ["accept-all", "amber"],
  unknown: ["unverified", "neutral"],
  disposable: ["disposable", "red"],
  webmail: ["personal webmail", "amber"],
};

function reasonOf(v: Verdict): string {
  const { checks } = v;
  switch (v.status) {
    case "valid":
      return checks.smtp === "accepted"
        ? "the mail server accepts this address"
        : `confirmed by ${v.provider}`;
    case "invalid":
      if (!checks.syntax) return "the address is not well-formed";
      if (checks.mx === false) return "the domain has no mail server";
      if (checks.smtp === "rejected") return "the mail server refused this address";
      return v.reason ?? `${v.provider} reports it undeliverable`;
    case "accept_all":
      return "the domain's mail server accepts any address, so this one cannot be confirmed";
    case "disposable":
      return "a throwaway address from a disposable mail provider";
    case "webmail":
      return "a personal mailbox (Gmail, Outlook and the like), not a company address";
    case "unknown":
      if (checks.mx === null) return "the mail server lookup did not answer in time";
      return "the address looks right, but no check could confirm it is delivered";
  }
}

/** One verification verdict in words; undefined when it is not the enricher's shape. */
export function emailVerdict(raw: unknown): EmailVerdict | undefined {
  const parsed = ZVerdictSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const v = parsed.data;
  const [label, tone] = LABEL[v.status];
  return {
    email: v.email,
    status: v.status,
    label,
    tone,
    reason: reasonOf(v),
    role: v.checks.role,
    provider: v.provider,
  };
}

/** The verdicts of an email enrichment row ({ emails: VerifyEmailOutput[] }). */
export function emailVerdicts(data: unknown): EmailVerdict[] {
  const emails = (data as { emails?: unknown } | null)?.emails;
  if (!Array.isArray(emails)) return [];
  return emails.map(emailVerdict).filter((v): v is EmailVerdict => v !== undefined);
}

export interface CompanyFact {
  label: string;
  value: string;
  /** Which provider gave it, and how sure it is (0..1); null when not recorded. */
  source: string | null;
  confidence: number | null;
}

const FACT_LABELS = {
  name: "Name",
  description: "Description",
  industry: "Industry",
  employeeRange: "Employees",
  location: "Location",
  founded: "Founded",
  socials: "Social profiles",
  techStack: "Technology",
} as const;

const ZCompanySchema = ZEnrichCompanyOutputSchema.partial().loose();

/** Company facts as labelled fields with their source and confidence, in a fixed order. */
export function companyFacts(data: unknown): CompanyFact[] {
  const parsed = ZCompanySchema.safeParse(data);
  if (!parsed.success) return [];
  const c = parsed.data;
  const facts: CompanyFact[] = [];
  for (const [key, label] of Object.entries(FACT_LABELS) as [keyof typeof FACT_LABELS, string][]) {
    const v = c[key];
    let value: string | undefined;
    if (key === "socials") value = c.socials?.map((s) => s.platform).join(", ");
    else if (key === "techStack") value = c.techStack?.map((t) => t.name).join(", ");
    else if (v !== undefined && v !== null) value = String(v);
    if (!value) continue;
    const p = c.fields?.[key];
    facts.push({ label, value, source: p?.provider ?? null, confidence: p?.confidence ?? null });
  }
  return facts;
}

export interface ScoreReason {
  factor: string;
  points: number;
  evidence: string;
}

/** The qualifier's reasons, the weightiest first; entries of another shape are left out. */
export function scoreReasons(reasons: unknown): ScoreReason[] {
  if (!Array.isArray(reasons)) return [];
  return reasons
    .map((r) => ZReasonSchema.safeParse(r))
    .filter((r) => r.success)
    .map((r) => r.data)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

export type ScoreSignal = z.infer<typeof ZSignalSchema>;

/** Buying signals with their evidence, the strongest first. */
export function scoreSignals(signals: unknown): ScoreSignal[] {
  if (!Array.isArray(signals)) return [];
  return signals
    .map((s) => ZSignalSchema.safeParse(s))
    .filter((s) => s.success)
    .map((s) => s.data)
    .sort((a, b) => b.strength - a.strength);
}

/** "+12" / "−5": points as a rep reads them. */
export const formatPoints = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0");
/** 0.82 → "82%". */
export const formatConfidence = (c: number) => `${Math.round(c * 100)}%`;
