"use client";

import { useEffect, useState } from "react";
import { previewScoringAction } from "@/lib/scoring-rules/actions";
import type { Qualification } from "@/lib/scoring-rules/schemas";
import { toRuleSetInput, type RulesFormValues } from "./form-values";
import { validateRules } from "./rules-resolver";

export type PreviewStatus = "updating" | "ready" | "invalid" | "error";
export interface PreviewState {
  status: PreviewStatus;
  /** The last score computed; kept while a new one is on its way so the panel does not jump. */
  result: Qualification | null;
  message: string | null;
  /** A problem with the sample lead, shown under its box. */
  leadError: string | null;
}

const DEBOUNCE_MS = 400;

function leadErrorOf(fields: Record<string, string[]> | undefined): string | null {
  const entries = Object.entries(fields ?? {}).filter(
    ([p]) => p === "lead" || p.startsWith("lead."),
  );
  if (!entries.length) return null;
  return entries
    .map(([p, m]) => `${p.replace(/^lead\.?/, "") || "lead"}: ${m.join(" ")}`)
    .join(" ");
}

/**
 * Scores the sample lead with the rules as they are being typed: waits for a pause in typing,
 * skips the server while the rules do not validate, and ignores an answer that a newer edit has
 * overtaken (the effect's cleanup marks it stale).
 */
export function useScorePreview(
  orgId: string,
  values: RulesFormValues,
  sampleText: string,
  initial: Qualification | null,
) {
  const [state, setState] = useState<PreviewState>({
    status: initial ? "ready" : "updating",
    result: initial,
    message: null,
    leadError: null,
  });
  const key = JSON.stringify([values, sampleText]);
  // The server already scored what the page first shows: no request until something changes.
  const [firstKey] = useState(key);

  useEffect(() => {
    let stale = false;
    const [vals, sample] = JSON.parse(key) as [RulesFormValues, string];
    const update = (next: Partial<PreviewState>) =>
      !stale && setState((s) => ({ ...s, leadError: null, message: null, ...next }));
    const timer = setTimeout(async () => {
      if (key === firstKey && initial) return update({ status: "ready", result: initial });
      let lead: unknown;
      try {
        lead = JSON.parse(sample);
      } catch (err) {
        return update({
          status: "invalid",
          leadError: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
      if (validateRules(vals))
        return update({
          status: "invalid",
          message: "Fix the highlighted fields to update the score.",
        });
      update({ status: "updating" });
      try {
        const res = await previewScoringAction({
          orgId,
          rules: toRuleSetInput(vals).input,
          lead: lead as never,
        });
        if (res.ok) update({ status: "ready", result: res.data });
        else {
          const leadError = leadErrorOf(res.error.fields);
          update({
            status: leadError ? "invalid" : "error",
            leadError,
            message: leadError ? null : res.error.message,
          });
        }
      } catch {
        update({
          status: "error",
          message: "The preview could not be computed: the server did not answer.",
        });
      }
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, firstKey, initial, orgId]);

  return state;
}
