import type Anthropic from "@anthropic-ai/sdk";
import pLimit from "p-limit";
import type { Engine, EngineOutcome } from "../engines";
import type { RuleSet } from "../rules/schema";
import { clampScore, statusFor } from "../rules/score";
import { strongestByType } from "../rules/facts";
import type { LeadData } from "../schemas/lead";
import type { Qualification, Reason, Signal } from "../schemas/qualification";
import { detectLeadSignals } from "../signals/detect";
import { callClaude, createClaudeClient, LlmFailure } from "./call-claude";
import { consecutiveBreaker } from "@leadscout/resilience";
import type { LlmConfig } from "./config";
import { evidenceFound, haystackOf } from "./evidence";
import {
  renderLead,
  renderRules,
  renderUserMessage,
  SYSTEM_PROMPT,
  type RenderedLead,
} from "./prompt";
import {
  REPLY_TOOL_NAME,
  replyToolInputSchema,
  ZLlmReplySchema,
  type LlmLeadReply,
} from "./reply-schema";

// Claude as a scoring engine. Leads are packed several to a request (the system prompt, rules and
// tool schema are paid once per request, not per lead), requests run with bounded concurrency,
// and every reason or signal is checked against what the model was shown before it counts.

const TOOL_INPUT_SCHEMA = replyToolInputSchema();

export function buildRequest(
  model: string,
  ruleSet: RuleSet,
  leads: RenderedLead[],
): Anthropic.MessageCreateParamsNonStreaming {
  return {
    model,
    max_tokens: Math.min(16_000, 800 + 900 * leads.length),
    system: [
      { type: "text", text: SYSTEM_PROMPT, cache_control: { type: "ephemeral" } },
      { type: "text", text: renderRules(ruleSet), cache_control: { type: "ephemeral" } },
    ],
    tools: [
      {
        name: REPLY_TOOL_NAME,
        description:
          "Record the qualification of every lead in the message, one entry per <lead> id.",
        input_schema: TOOL_INPUT_SCHEMA,
      },
    ],
    tool_choice: { type: "tool", name: REPLY_TOOL_NAME },
    messages: [{ role: "user", content: [{ type: "text", text: renderUserMessage(leads) }] }],
  };
}

/** Keeps only what is backed by evidence; the score is the sum of the points that survive. */
export function acceptReply(
  reply: LlmLeadReply,
  rendered: RenderedLead,
  detected: Signal[],
  ruleSet: RuleSet,
  model: string,
): Qualification {
  const haystack = haystackOf(rendered.shown);
  const reasons: Reason[] = reply.reasons.filter((r) => evidenceFound(r.evidence, haystack));
  const llmSignals = reply.signals.filter((s) => evidenceFound(s.evidence, haystack));
  const score = clampScore(reasons.reduce((sum, r) => sum + r.points, 0));
  const kept = reply.reasons.length ? reasons.length / reply.reasons.length : 1;
  return {
    score,
    status: statusFor(score, ruleSet.thresholds),
    confidence: Math.round(reply.confidence * kept * 100) / 100,
    reasons,
    signals: Object.values(strongestByType([...detected, ...llmSignals])),
    method: "llm",
    model,
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type ClaudeUsage = Anthropic.Usage;

export interface LlmEngineOptions {
  /** Called with each reply's token usage (for benchmarks and logs). */
  onUsage?: (usage: Anthropic.Usage, leads: number) => void;
}

export function createLlmEngine(config: LlmConfig, options: LlmEngineOptions = {}): Engine {
  const client = createClaudeClient(config);
  const breaker = consecutiveBreaker(config.breakerThreshold, config.breakerCooldownMs);
  const limit = pLimit(config.concurrency);

  async function qualifyChunk(leads: LeadData[], ruleSet: RuleSet): Promise<EngineOutcome[]> {
    const detected = leads.map((lead) => detectLeadSignals(lead.pages));
    const rendered = leads.map((lead, i) => renderLead(`lead-${i + 1}`, lead, detected[i]!));
    try {
      const message = await callClaude(
        client,
        buildRequest(config.model, ruleSet, rendered),
        config,
        breaker,
      );
      options.onUsage?.(message.usage, leads.length);
      if (message.stop_reason === "max_tokens")
        throw new LlmFailure("Claude's reply was cut off (max_tokens)");
      const call = message.content.find((b) => b.type === "tool_use" && b.name === REPLY_TOOL_NAME);
      if (!call || call.type !== "tool_use")
        throw new LlmFailure(`Claude did not call ${REPLY_TOOL_NAME}`);
      const parsed = ZLlmReplySchema.safeParse(call.input);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new LlmFailure(
          `invalid reply from Claude: ${first?.message ?? "schema mismatch"} at ${first?.path.join(".") || "root"}`,
        );
      }
      const byId = new Map(parsed.data.qualifications.map((q) => [q.lead_id, q]));
      return rendered.map((r, i): EngineOutcome => {
        const reply = byId.get(r.id);
        if (!reply) return { ok: false, reason: `Claude's reply had no qualification for ${r.id}` };
        return {
          ok: true,
          qualification: acceptReply(
            reply,
            r,
            detected[i]!,
            ruleSet,
            message.model || config.model,
          ),
        };
      });
    } catch (err) {
      const reason =
        err instanceof LlmFailure
          ? err.message
          : `Claude call failed: ${err instanceof Error ? err.message : String(err)}`;
      return leads.map(() => ({ ok: false, reason }));
    }
  }

  return {
    name: "llm",
    async qualify(leads, ruleSet, onProgress) {
      const chunks = chunk(leads, config.batchSize);
      let done = 0;
      const results = await Promise.all(
        chunks.map((c) =>
          limit(async () => {
            const outcomes = await qualifyChunk(c, ruleSet);
            done += c.length;
            onProgress?.(done);
            return outcomes;
          }),
        ),
      );
      return results.flat();
    },
  };
}
