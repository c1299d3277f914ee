import { asServiceRole } from "@/lib/db";
import { enrichLead, saveEnrichment } from "@/lib/jobs/pipeline/enrich";
import { optional } from "@/lib/jobs/pipeline/mcp-calls";
import { qualifyLead } from "@/lib/jobs/pipeline/qualify";
import { applyQualification, type LeadDraft } from "@/lib/leads";

/**
 * Scores and enriches an inbound lead the way a job's lead step does (the same qualifier and
 * enricher calls, the same writes), from what the prospect typed: the organization's rules,
 * the rules engine (a public form must not spend LLM calls), company facts for the website, a
 * deliverability check of the address. Not charged: a stranger's submission must not spend the
 * organization's credits. Either extra failing leaves the lead as it was (logged).
 */
export async function scoreInboundLead(
  orgId: string,
  leadId: string,
): Promise<{ scored: boolean; enriched: boolean }> {
  const found = await asServiceRole(async (tx) => {
    const lead = await tx
      .selectFrom("scraped_leads")
      .select(["email", "name", "company", "domain", "website", "phone", "score"])
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    const org = await tx
      .selectFrom("organizations")
      .select("scoring_rules")
      .where("id", "=", orgId)
      .executeTakeFirst();
    return lead ? { lead, rules: org?.scoring_rules ?? null } : undefined;
  });
  // Gone, without a company to score, or scored already (a job found it, or a replay).
  if (!found?.lead.domain || found.lead.score !== null) return { scored: false, enriched: false };
  const { lead, rules } = found;
  const domain = lead.domain!;
  const ref = { jobId: "", orgId, jobUrlId: `inbound:${leadId}`, url: lead.website ?? domain };
  const person = lead.name
    ? [{ name: lead.name, ...(lead.email ? { email: lead.email } : {}) }]
    : [];
  const leadData = {
    domain,
    company: { domain, ...(lead.company ? { name: lead.company } : {}) },
    emails: lead.email ? [{ value: lead.email }] : [],
    phones: lead.phone ? [{ value: lead.phone }] : [],
    socials: [],
    people: person,
  };
  const draft: LeadDraft = {
    dedupeKey: lead.email ?? domain,
    email: lead.email,
    phone: lead.phone,
    name: lead.name,
    title: null,
    company: lead.company,
    domain,
    website: lead.website ?? `https://${domain}`,
    linkedinUrl: null,
    address: null,
    emails: lead.email ? [lead.email] : [],
    phones: [],
    socials: [],
    people: person,
  };
  const [q, e] = await Promise.all([
    optional("qualification", ref, qualifyLead(leadData, rules, "rules")),
    optional("enrichment", ref, enrichLead(ref, draft)),
  ]);
  await asServiceRole(async (tx) => {
    if (q) await applyQualification(tx, leadId, q);
    if (e) await saveEnrichment(tx, orgId, leadId, e);
  });
  return { scored: Boolean(q), enriched: Boolean(e) };
}
