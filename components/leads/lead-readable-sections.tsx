import { Badge } from "@/components/ui/badge";
import type { LeadDetail } from "@/lib/leads/lead-view";
import {
  companyFacts,
  emailVerdicts,
  formatConfidence,
  formatPoints,
  scoreReasons,
  scoreSignals,
} from "@/lib/leads/readable";
import { LeadStatusBadge } from "./lead-badges";
import { Section } from "./lead-sections";

/** The raw JSON, for whoever needs it, folded away by default. */
export function RawDetails({ label = "Details", value }: { label?: string; value: unknown }) {
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">{label}</summary>
      <pre className="mt-2 max-h-80 overflow-auto rounded bg-zinc-50 p-2 dark:bg-zinc-900">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

/** The score as the reasons that made it, with their points; signals with their evidence. */
export function ScoreSection({ lead }: { lead: LeadDetail }) {
  const reasons = scoreReasons(lead.reasons);
  const signals = scoreSignals(lead.signals);
  return (
    <Section id="score-heading" title="Score">
      <p className="flex items-center gap-2">
        <span className="text-2xl font-semibold tabular-nums">{lead.score ?? "—"}</span>
        <LeadStatusBadge status={lead.status} />
        {lead.qualification_method && (
          <span className="text-xs text-zinc-500">
            scored by {lead.qualification_method === "llm" ? "Claude" : "the rules"}
          </span>
        )}
      </p>
      <h3 className="mt-3 font-medium">Why</h3>
      {reasons.length === 0 ? (
        <p className="text-zinc-500">No reasons recorded.</p>
      ) : (
        <ul aria-label="Score reasons" className="space-y-1">
          {reasons.map((r, i) => (
            <li key={i} className="flex gap-3">
              <span
                className={`w-10 shrink-0 text-right font-medium tabular-nums ${r.points < 0 ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400"}`}
              >
                {formatPoints(r.points)}
              </span>
              <span>
                {r.factor}
                <span className="block text-xs text-zinc-500">{r.evidence}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {signals.length > 0 && (
        <>
          <h3 className="mt-3 font-medium">Buying signals</h3>
          <ul className="space-y-1">
            {signals.map((s, i) => (
              <li key={i}>
                {s.type.replaceAll("_", " ")}{" "}
                <span className="text-xs text-zinc-500">
                  ({formatConfidence(s.strength)}): “{s.evidence}”
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <RawDetails value={{ reasons: lead.reasons, signals: lead.signals }} />
    </Section>
  );
}

/** Each verified address as a badge with its reason in words, then company facts and sources. */
export function EnrichmentSection({ lead }: { lead: LeadDetail }) {
  const emailRows = lead.enrichment.filter((e) => e.type === "email");
  const verdicts = emailRows.flatMap((e) => emailVerdicts(e.data));
  const company = lead.enrichment.find((e) => e.type === "company");
  const facts = company ? companyFacts(company.data) : [];
  return (
    <Section id="enrichment-heading" title="Enrichment">
      {lead.enrichment.length === 0 && <p className="text-zinc-500">Not enriched.</p>}
      {verdicts.length > 0 && (
        <>
          <h3 className="font-medium">Email verification</h3>
          <ul aria-label="Email verification" className="space-y-2">
            {verdicts.map((v) => (
              <li key={v.email}>
                <span className="break-all">{v.email}</span> <Badge tone={v.tone}>{v.label}</Badge>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {v.label} — {v.reason}
                  {v.role && " (a shared inbox, not a person)"}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {facts.length > 0 && (
        <>
          <h3 className="mt-3 font-medium">Company</h3>
          <dl
            aria-label="Company facts"
            className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1"
          >
            {facts.map((f) => (
              <div key={f.label} className="contents">
                <dt className="text-zinc-500">{f.label}</dt>
                <dd className="min-w-0 break-words">
                  {f.value}
                  {f.source && (
                    <span className="ml-2 text-xs text-zinc-500">
                      from {f.source}
                      {f.confidence !== null && `, ${formatConfidence(f.confidence)} sure`}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {lead.enrichment.length > 0 && <RawDetails value={lead.enrichment} />}
    </Section>
  );
}
