import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Qualification } from "@/mcp-servers/qualifier/src/lib/schemas/qualification";
import { ZQualificationSchema } from "@/mcp-servers/qualifier/src/lib/schemas/qualification";
import {
  diligentModel,
  leadsIn,
  startFakeMessagesServer,
  type FakeMessagesServer,
} from "./fake-messages-server";
import { coldLead, hotLead } from "./fixtures";
import { claudeEnv, startQualifier, type RunningQualifier } from "./start-qualifier";

// batch_qualify on the Claude path (packing, order, partial replies, progress), the request
// timeout and the circuit breaker, through the real SDK against the local Messages API.

let fake: FakeMessagesServer;
let q: RunningQualifier;

beforeAll(async () => {
  fake = await startFakeMessagesServer();
  q = await startQualifier(
    claudeEnv(fake.url, { QUALIFIER_LLM_BATCH_SIZE: "5", QUALIFIER_LLM_CONCURRENCY: "2" }),
  );
});
afterEach(() => fake.reset());
afterAll(async () => {
  await q?.close();
  await fake?.close();
});

describe("batch_qualify with Claude", () => {
  it("packs several leads per request and keeps input order", async () => {
    const leads = Array.from({ length: 12 }, (_, i) => ({
      ...hotLead,
      company: { name: `Lead ${i}` },
      emails: [`ceo@lead${i}.example`],
    }));
    const res = await q.client.callTool({ name: "batch_qualify", arguments: { leads } });
    const { results, summary } = res.structuredContent as {
      results: Qualification[];
      summary: Record<string, number>;
    };
    expect(summary).toMatchObject({ total: 12, byLlm: 12, byRules: 0 });
    expect(results.map((r) => r.reasons[0]!.evidence)).toEqual(leads.map((l) => l.emails[0]));
    expect(fake.requests.map((r) => leadsIn(r.body).length).sort()).toEqual([2, 5, 5]);
    // The cached prefix is identical across the batch's requests.
    const systems = new Set(
      fake.requests.map((r) => JSON.stringify([r.body.system, r.body.tools])),
    );
    expect(systems.size).toBe(1);
  });

  it("reports progress while a batch runs", async () => {
    const leads = Array.from({ length: 15 }, (_, i) => ({
      ...coldLead,
      company: { name: `Lead ${i}` },
    }));
    const seen: { progress: number; total?: number }[] = [];
    const res = await q.client.callTool(
      { name: "batch_qualify", arguments: { leads } },
      undefined,
      {
        onprogress: (p) => seen.push({ progress: p.progress, total: p.total }),
      },
    );
    expect(res.isError).toBeFalsy();
    // The SDK client handles notifications a tick later than responses, so any written close to
    // the result may be dropped on its side (how many depends on scheduling). What arrives must be
    // per-request steps of the same total, counting up; the first one goes out while requests are
    // still in flight.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen[0]).toEqual({ progress: 5, total: 15 });
    for (const [i, p] of seen.entries()) {
      expect(p.total).toBe(15);
      expect([5, 10, 15]).toContain(p.progress);
      if (i > 0) expect(p.progress).toBeGreaterThan(seen[i - 1]!.progress);
    }
    expect(fake.requests).toHaveLength(3);
  });

  it("a lead missing from Claude's reply is scored by rules, the others by Claude", async () => {
    fake.respondWith((req, i) => {
      const reply = diligentModel(req, i) as {
        kind: "tool";
        input: { qualifications: { lead_id: string }[] };
      };
      reply.input.qualifications = reply.input.qualifications.filter(
        (qn) => qn.lead_id !== "lead-2",
      );
      return reply;
    });
    const res = await q.client.callTool({
      name: "batch_qualify",
      arguments: { leads: [hotLead, coldLead, hotLead] },
    });
    const { results } = res.structuredContent as { results: Qualification[] };
    expect(results.map((r) => r.method)).toEqual(["llm", "rules", "llm"]);
    expect(results[1]!.fallbackReason).toBe("Claude's reply had no qualification for lead-2");
  });
});

describe("circuit breaker", () => {
  it("opens after repeated failures and stops calling Claude", async () => {
    const own = await startFakeMessagesServer(() => ({ kind: "error", status: 503 }));
    const server = await startQualifier(
      claudeEnv(own.url, {
        QUALIFIER_LLM_MAX_RETRIES: "0",
        QUALIFIER_BREAKER_THRESHOLD: "2",
        QUALIFIER_BREAKER_COOLDOWN_MS: "600000",
      }),
    );
    try {
      const call = async () =>
        ZQualificationSchema.parse(
          (
            await server.client.callTool({
              name: "qualify_lead",
              arguments: { lead_data: hotLead },
            })
          ).structuredContent,
        );
      expect((await call()).fallbackReason).toBe("Claude API error 503 after 1 attempts");
      expect((await call()).fallbackReason).toBe("Claude API error 503 after 1 attempts");
      const third = await call();
      expect(third).toMatchObject({
        method: "rules",
        fallbackReason: "circuit breaker open after repeated Claude failures",
      });
      expect(own.requests).toHaveLength(2);
    } finally {
      await server.close();
      await own.close();
    }
  }, 60_000);
});

describe("timeout", () => {
  it("a reply that never comes falls back to rules after the timeout", async () => {
    const own = await startFakeMessagesServer(() => ({ kind: "hang" }));
    const server = await startQualifier(claudeEnv(own.url, { QUALIFIER_LLM_TIMEOUT_MS: "1000" }));
    try {
      const res = await server.client.callTool({
        name: "qualify_lead",
        arguments: { lead_data: hotLead },
      });
      const result = ZQualificationSchema.parse(res.structuredContent);
      expect(result).toMatchObject({
        method: "rules",
        status: "hot",
        fallbackReason: "Claude timed out after 1000 ms",
      });
      expect(own.requests).toHaveLength(1);
    } finally {
      await server.close();
      await own.close();
    }
  }, 60_000);
});
