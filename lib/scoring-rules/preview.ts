import { validationError } from "@/lib/errors";
import { scoreLead } from "@leadscout/mcp-qualifier/rules";
import { ZPreviewScoringSchema, type PreviewScoringInput, type Qualification } from "./schemas";

/**
 * Scores a sample lead with rules being edited, in process: the rules engine is a pure function
 * (the same one the qualifier runs when no LLM is configured), so a preview costs no MCP round
 * trip and no credits. Linear-time regexes (RE2) keep a hostile pattern from stalling the server.
 */
export function previewScore(input: PreviewScoringInput): Qualification {
  const parsed = ZPreviewScoringSchema.safeParse(input);
  if (!parsed.success)
    throw validationError(parsed.error, "The rules or the sample lead are invalid");
  return scoreLead(parsed.data.lead, parsed.data.rules);
}
