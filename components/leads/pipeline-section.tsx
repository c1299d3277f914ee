import type { LeadHistory } from "@/lib/leads/lead-history";
import type { LeadNote } from "@/lib/leads/lead-notes";
import type { LeadStage } from "@/lib/leads/lead-query-schemas";
import { PIPELINE_ORDER, STAGE_LABELS } from "@/lib/leads/stages";
import { Section } from "./lead-sections";
import { NoteForm } from "./note-form";
import { CurrentStage } from "./stage-badge";
import { StageControl } from "./stage-control";

const when = (iso: string) =>
  `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

type Who = { email: string | null; name: string | null } | null;
const who = (p: Who) => p?.name || p?.email || "someone no longer in the organization";

/** Who moved it, in words: a member, or an API key acting for one. */
function moverOf(c: LeadHistory["changes"][number]): string {
  if (!c.actor && !c.api_key) return "recorded when history began";
  const person = who(c.actor);
  if (!c.api_key) return `by ${person}`;
  return `through the API (${c.api_key.name ? `key “${c.api_key.name}”` : "an API key"}, for ${person})`;
}

export function PipelineSection({
  leadId,
  orgId,
  stage,
  canWrite,
  history,
  notes,
}: {
  leadId: string;
  orgId: string;
  stage: LeadStage;
  canWrite: boolean;
  history: LeadHistory;
  notes: LeadNote[];
}) {
  const reached = PIPELINE_ORDER.filter((s) => history.first_reached[s]);
  return (
    <Section id="stage-heading" title="Pipeline">
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-4">
          {canWrite ? (
            <StageControl leadId={leadId} orgId={orgId} stage={stage} />
          ) : (
            <CurrentStage stage={stage} />
          )}
          <div>
            <h3 className="font-medium">First reached</h3>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
              {reached.map((s) => (
                <div key={s} className="contents">
                  <dt className="text-zinc-500">{STAGE_LABELS[s]}</dt>
                  <dd>{when(history.first_reached[s]!)}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div>
            <h3 className="font-medium">Stage history</h3>
            {history.changes.length === 0 ? (
              <p className="text-zinc-500">Not moved yet: new since it was found.</p>
            ) : (
              <ol
                aria-label="Stage history"
                className="mt-1 space-y-2 border-l border-zinc-200 pl-4 dark:border-zinc-800"
              >
                {history.changes.map((c) => (
                  <li key={c.id}>
                    <p>
                      {c.from ? (
                        <>
                          {STAGE_LABELS[c.from]} → {STAGE_LABELS[c.to]}
                        </>
                      ) : (
                        <>Was {STAGE_LABELS[c.to]}</>
                      )}
                    </p>
                    <p className="text-xs text-zinc-500">
                      {when(c.changed_at)}, {moverOf(c)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
        <div className="space-y-3">
          <h3 className="font-medium">Notes</h3>
          {notes.length === 0 ? (
            <p className="text-zinc-500">No notes yet.</p>
          ) : (
            <ol aria-label="Notes" className="space-y-3">
              {notes.map((n) => (
                <li key={n.id} className="rounded-lg bg-zinc-50 p-3 dark:bg-zinc-900">
                  <p className="whitespace-pre-wrap break-words">{n.body}</p>
                  <p className="mt-1 text-xs text-zinc-500">
                    {n.author ? who(n.author) : "Notes before the thread"} · {when(n.created_at)}
                    {n.api_key_id && " · through the API"}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {canWrite && <NoteForm leadId={leadId} orgId={orgId} />}
        </div>
      </div>
    </Section>
  );
}
