import {
  ZLookupLinkedinOutputSchema,
  ZVerifyEmailOutputSchema,
} from "@leadscout/mcp-enricher/schemas";
import type { z } from "zod";
import type { Tx } from "@/lib/db";
import { callTool } from "@/lib/mcp";
import { ZCompanyEnrichmentSchema, type CompanyEnrichment, type LeadDraft } from "@/lib/leads";
import { enrichCallArgs, NO_OWN_ENRICH_KEYS, type EnrichKeys } from "./enrich-keys";
import { optional, twice, type UrlRef } from "./mcp-calls";

const ENRICH_TIMEOUT_MS = 60_000;
/** A site can list many addresses; the first ones (home and contact pages) are the ones used. */
export const MAX_VERIFIED_EMAILS = 5;

// The enricher's verify_email and lookup_linkedin outputs, parsed with the enricher's own schemas
// (its package exports them); loose, so a field the enricher adds is kept with the lead.
const ZVerifiedEmailSchema = ZVerifyEmailOutputSchema.loose();
type VerifiedEmail = z.infer<typeof ZVerifiedEmailSchema>;

const ZLinkedinLookupSchema = ZLookupLinkedinOutputSchema.loose();
type LinkedinLookup = z.infer<typeof ZLinkedinLookupSchema>;

/** Everything enrichment found for one lead; a part the enricher could not give is left out. */
export interface LeadEnrichment {
  company?: CompanyEnrichment;
  emails: VerifiedEmail[];
  linkedin?: LinkedinLookup & { name: string };
}

const call = (tool: string, args: Record<string, unknown>) =>
  twice(() => callTool("enricher", tool, args, { timeoutMs: ENRICH_TIMEOUT_MS }));

/**
 * Company facts for the lead's website, a deliverability check of each address found (the first
 * MAX_VERIFIED_EMAILS), and the LinkedIn profile of the lead's named contact — all at once. The
 * embedded default reads the site itself and checks addresses offline (syntax, MX, lists).
 * `keys`: the job's own-key providers, whose keys are opened here for these calls only.
 */
export async function enrichLead(
  ref: UrlRef,
  draft: LeadDraft,
  keys: EnrichKeys = NO_OWN_ENRICH_KEYS,
): Promise<LeadEnrichment> {
  const person = draft.name && draft.company ? draft.name : undefined;
  // The organization's own Hunter and Apollo keys travel with the two tools that call them.
  const own = await enrichCallArgs(ref.orgId, keys);
  const [company, emails, linkedin] = await Promise.all([
    optional("company enrichment", ref, call("enrich_company", { domain: draft.website, ...own })),
    Promise.all(
      draft.emails
        .slice(0, MAX_VERIFIED_EMAILS)
        .map((email) =>
          optional("email verification", ref, call("verify_email", { email, ...own })),
        ),
    ),
    person
      ? optional(
          "LinkedIn lookup",
          ref,
          call("lookup_linkedin", { name: person, company: draft.company, domain: draft.website }),
        )
      : undefined,
  ]);
  const verified = emails.flatMap((e) => {
    const parsed = ZVerifiedEmailSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  const parsedCompany = company === undefined ? undefined : ZCompanyEnrichmentSchema.parse(company);
  const parsedLinkedin = linkedin === undefined ? undefined : ZLinkedinLookupSchema.parse(linkedin);
  return {
    ...(parsedCompany ? { company: parsedCompany } : {}),
    emails: verified,
    ...(parsedLinkedin && person ? { linkedin: { ...parsedLinkedin, name: person } } : {}),
  };
}

/** What an enriched lead is charged for: at least one company fact, address verdict or profile. */
export function enrichedAnything(e: LeadEnrichment): boolean {
  return (
    Object.keys(e.company?.fields ?? {}).length > 0 ||
    e.emails.some((v) => v.status !== "unknown") ||
    (e.linkedin?.candidates.length ?? 0) > 0
  );
}

interface EnrichmentRow {
  provider: string;
  type: "company" | "email" | "linkedin";
  data: unknown;
  confidence: number | null;
}

function rowsOf(e: LeadEnrichment): EnrichmentRow[] {
  const rows: EnrichmentRow[] = [];
  const provenance = Object.values(e.company?.fields ?? {});
  if (e.company && provenance.length)
    rows.push({
      provider: provenance[0]!.provider,
      type: "company",
      data: e.company,
      confidence: Math.min(1, Math.max(...provenance.map((p) => p.confidence))),
    });
  if (e.emails.length)
    rows.push({
      provider: e.emails[0]!.provider,
      type: "email",
      data: { emails: e.emails },
      confidence: Math.min(1, Math.max(0, e.emails[0]!.score / 100)),
    });
  if (e.linkedin?.candidates.length) {
    const filled = e.linkedin.attempts.find((a) => a.outcome === "filled");
    rows.push({
      provider: filled?.provider ?? "website",
      type: "linkedin",
      data: e.linkedin,
      confidence: Math.min(1, Math.max(...e.linkedin.candidates.map((c) => c.confidence))),
    });
  }
  return rows;
}

/** Stores the lead's enrichment, one row per kind and provider, in one statement (re-runs overwrite). */
export async function saveEnrichment(
  tx: Tx,
  orgId: string,
  leadId: string,
  e: LeadEnrichment,
): Promise<void> {
  const rows = rowsOf(e);
  if (!rows.length) return;
  await tx
    .insertInto("lead_enrichment")
    .values(
      rows.map((r) => ({
        lead_id: leadId,
        org_id: orgId,
        provider: r.provider,
        type: r.type,
        data: JSON.stringify(r.data),
        confidence: r.confidence,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["lead_id", "provider", "type"]).doUpdateSet((eb) => ({
        data: eb.ref("excluded.data"),
        confidence: eb.ref("excluded.confidence"),
      })),
    )
    .execute();
}
