import { clsx } from "clsx";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { PreviewState } from "./use-score-preview";

const STATUS_TONE = { hot: "red", warm: "amber", cold: "neutral" } as const;

const signedPoints = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The sample lead's score, reasons and signals; dimmed while a newer score is on its way. */
export function ScorePreview({ state }: { state: PreviewState }) {
  const q = state.result;
  // Not dimmed with opacity: that would fail contrast. A stale score says so in words instead.
  const stale = state.status === "invalid" || state.status === "error";
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="min-h-5 text-xs text-zinc-500">
        {state.status === "updating" && "Updating the score…"}
        {state.status === "ready" && q && `Score ${q.score} of 100, ${q.status}.`}
        {state.status === "invalid" &&
          (state.message ?? "Fix the sample lead to update the score.")}
      </p>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {q ? (
        <div className="space-y-3">
          {stale && (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              Showing the score from the last rules that validated.
            </p>
          )}
          <div className="flex items-baseline gap-3">
            <span className="text-4xl font-semibold tabular-nums">{q.score}</span>
            <Badge tone={STATUS_TONE[q.status]} className="capitalize">
              {q.status}
            </Badge>
            <span className="text-xs text-zinc-500">
              confidence {Math.round(q.confidence * 100)}%
            </span>
          </div>
          <div>
            <h3 className="text-sm font-medium">Why</h3>
            {q.reasons.length === 0 ? (
              <p className="text-sm text-zinc-500">No rule matched this lead.</p>
            ) : (
              <ul className="mt-1 space-y-1.5 text-sm">
                {q.reasons.map((r, i) => (
                  <li key={i} className="flex gap-2">
                    <span
                      className={clsx(
                        "w-10 shrink-0 text-right font-mono tabular-nums",
                        r.points < 0 ? "text-red-600" : "text-emerald-700 dark:text-emerald-400",
                      )}
                    >
                      {signedPoints(r.points)}
                    </span>
                    <span className="min-w-0">
                      {r.factor}
                      <span className="block truncate text-xs text-zinc-500" title={r.evidence}>
                        {r.evidence}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {q.signals.length > 0 && (
            <div>
              <h3 className="text-sm font-medium">Signals</h3>
              <ul className="mt-1 flex flex-wrap gap-1">
                {q.signals.map((s, i) => (
                  <li key={i}>
                    <Badge tone="brand" title={s.evidence}>
                      {s.type.replace(/_/g, " ")} {Math.round(s.strength * 100)}%
                    </Badge>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : (
        <div aria-hidden className="h-40 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800" />
      )}
    </div>
  );
}
