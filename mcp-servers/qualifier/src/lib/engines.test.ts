import { describe, expect, it } from "vitest";
import { qualifyWithFallback, rulesEngine, type Engine } from "./engines";
import { DEFAULT_RULE_SET } from "./rules/schema";

const leads = [{ domain: "a.example" }, { domain: "b.example" }, { domain: "c.example" }];

const picky: Engine = {
  name: "llm",
  qualify: async (batch, _rules, onProgress) => {
    onProgress?.(batch.length);
    return batch.map((lead) =>
      lead.domain === "b.example"
        ? { ok: false, reason: "no reply for b" }
        : {
            ok: true,
            qualification: {
              score: 90,
              status: "hot",
              confidence: 0.9,
              reasons: [],
              signals: [],
              method: "llm",
              model: "m",
            },
          },
    );
  },
};

describe("qualifyWithFallback", () => {
  it("sends what the first engine could not score to the next, with the reason, in input order", async () => {
    const progress: number[] = [];
    const out = await qualifyWithFallback([picky, rulesEngine], leads, DEFAULT_RULE_SET, (done) =>
      progress.push(done),
    );
    expect(out.map((q) => q.method)).toEqual(["llm", "rules", "llm"]);
    expect(out[1]).toMatchObject({ method: "rules", fallbackReason: "no reply for b" });
    expect(out[0]!.fallbackReason).toBeUndefined();
    // The engine already said all three were done: the closing report does not repeat it (MCP
    // progress must increase with each notification).
    expect(progress).toEqual([3]);
  });

  it("closes with every lead done when the engine's last step did not say so", async () => {
    const partial: Engine = {
      name: "llm",
      qualify: async (batch, rules, onProgress) => {
        onProgress?.(1);
        onProgress?.(1);
        return rulesEngine.qualify(batch, rules);
      },
    };
    const progress: number[] = [];
    await qualifyWithFallback([partial], leads, DEFAULT_RULE_SET, (done) => progress.push(done));
    expect(progress).toEqual([1, 3]);
  });

  it("rules alone never set a fallback reason", async () => {
    const out = await qualifyWithFallback([rulesEngine], leads, DEFAULT_RULE_SET);
    expect(out.every((q) => q.method === "rules" && q.fallbackReason === undefined)).toBe(true);
  });
});
