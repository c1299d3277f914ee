import { env } from "@/lib/env";
import { callTool, McpToolError } from "@/lib/mcp";
import { ZQualificationSchema, type Qualification } from "@/lib/leads";
import { twice } from "./mcp-calls";

const QUALIFY_TIMEOUT_MS = 60_000;

/**
 * True when the qualifier may score with Claude (it has the API key): jobs then reserve LLM
 * qualification and the pipeline sends each lead through the throttled LLM function.
 */
export function llmQualification(): boolean {
  return Boolean(env().ANTHROPIC_API_KEY);
}

/**
 * Scores a lead (the qualifier's lead_data) with the organization's rules
 * (organizations.scoring_rules, else the qualifier's default profile). Rules the qualifier refuses
 * (an old, now invalid set) fall back to the default rather than leave the lead unscored.
 */
export async function qualifyLead(
  leadData: Record<string, unknown>,
  rules: unknown,
  engine: "auto" | "rules" = "auto",
  /** The organization's own Anthropic key, for this call only (it travels in the tool input). */
  apiKey?: string,
): Promise<Qualification> {
  const key = apiKey && engine === "auto" ? { api_key: apiKey } : {};
  const call = (withRules: boolean) =>
    callTool(
      "qualifier",
      "qualify_lead",
      withRules
        ? { lead_data: leadData, rules, engine, ...key }
        : { lead_data: leadData, engine, ...key },
      { timeoutMs: QUALIFY_TIMEOUT_MS },
    );
  let raw: unknown;
  try {
    raw = await twice(() => call(Boolean(rules)));
  } catch (err) {
    if (!(err instanceof McpToolError) || !rules) throw err;
    raw = await twice(() => call(false));
  }
  return ZQualificationSchema.parse(raw);
}
