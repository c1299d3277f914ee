import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ZQualificationSchema,
  ZSignalSchema,
} from "@/mcp-servers/qualifier/src/lib/schemas/qualification";
import { coldLead, hotLead } from "./fixtures";
import { startQualifier, type RunningQualifier } from "./start-qualifier";

// The qualifier over stdio with no Claude configured: every tool, its schemas, and its results.

let q: RunningQualifier;
beforeAll(async () => {
  q = await startQualifier();
});
afterAll(async () => {
  await q?.close();
});

describe("qualifier MCP server (rules only)", () => {
  it("lists the four tools with described inputs, output schemas and annotations", async () => {
    const { tools } = await q.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "batch_qualify",
      "detect_signals",
      "generate_score",
      "qualify_lead",
    ]);
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(typeof tool.annotations?.openWorldHint, tool.name).toBe("boolean");
      const props = tool.inputSchema.properties as Record<string, { description?: string }>;
      for (const [field, schema] of Object.entries(props))
        expect(schema.description, `${tool.name}.${field}`).toBeTruthy();
    }
    const qualify = tools.find((t) => t.name === "qualify_lead")!;
    expect(qualify.inputSchema.required).toEqual(["lead_data"]);
    expect(Object.keys(qualify.outputSchema!.properties!)).toEqual(
      expect.arrayContaining(["score", "status", "confidence", "reasons", "signals", "method"]),
    );
    const batch = tools.find((t) => t.name === "batch_qualify")!;
    expect(
      (batch.inputSchema.properties as Record<string, { maxItems?: number }>).leads!.maxItems,
    ).toBe(500);
  });

  it("generate_score explains every point and is repeatable", async () => {
    const call = () =>
      q.client.callTool({ name: "generate_score", arguments: { lead_data: hotLead } });
    const [a, b] = await Promise.all([call(), call()]);
    expect(a.isError).toBeFalsy();
    const result = ZQualificationSchema.parse(a.structuredContent);
    expect(b.structuredContent).toEqual(a.structuredContent);
    expect(result.method).toBe("rules");
    expect(result.status).toBe("hot");
    expect(result.score).toBe(
      Math.min(
        100,
        result.reasons.reduce((s, r) => s + r.points, 0),
      ),
    );
    const factors = Object.fromEntries(result.reasons.map((r) => [r.factor, r.evidence]));
    expect(factors["Business email address"]).toContain("jane.doe@acme-robotics.io");
    expect(factors["Decision maker named on the site"]).toContain("Jane Doe (Co-Founder & CEO)");
    expect(factors["Recent funding news"]).toContain("Series A");
    expect(result.signals.map((s) => s.type)).toEqual(
      expect.arrayContaining(["funding", "hiring", "pricing_page", "demo_request", "compliance"]),
    );
  });

  it("custom rules and thresholds decide the status", async () => {
    const rules = {
      thresholds: { hot: 90, warm: 10 },
      rules: [
        {
          id: "robots",
          label: "Sells robots",
          points: 30,
          when: { op: "contains", field: "company.description", value: "automation" },
        },
        {
          id: "berlin",
          label: "Hiring in Berlin",
          points: 20,
          when: { op: "matches", field: "pages.text", pattern: "hiring \\w+ in berlin" },
        },
      ],
    };
    const res = await q.client.callTool({
      name: "generate_score",
      arguments: { lead_data: hotLead, rules },
    });
    const result = ZQualificationSchema.parse(res.structuredContent);
    expect(result.score).toBe(50);
    expect(result.status).toBe("warm");
    expect(result.reasons.map((r) => r.evidence)).toEqual([
      "Warehouse automation",
      expect.stringContaining("hiring engineers in Berlin"),
    ]);
  });

  it("qualify_lead without Claude scores by rules and gives no fallback reason", async () => {
    const res = await q.client.callTool({
      name: "qualify_lead",
      arguments: { lead_data: coldLead },
    });
    const result = ZQualificationSchema.parse(res.structuredContent);
    expect(result).toMatchObject({ method: "rules", status: "cold" });
    expect(result.fallbackReason).toBeUndefined();
    expect(result.reasons).toContainEqual({
      factor: "Only free webmail addresses",
      points: -10,
      evidence: expect.stringContaining("bobsgarage@gmail.com"),
    });
  });

  it("batch_qualify keeps input order and summarizes", async () => {
    const res = await q.client.callTool({
      name: "batch_qualify",
      arguments: { leads: [coldLead, hotLead, coldLead] },
    });
    const out = res.structuredContent as { results: unknown[]; summary: Record<string, number> };
    const results = out.results.map((r) => ZQualificationSchema.parse(r));
    expect(results.map((r) => r.status)).toEqual(["cold", "hot", "cold"]);
    expect(out.summary).toEqual({ total: 3, hot: 1, warm: 0, cold: 2, byLlm: 0, byRules: 3 });
  });

  it("detect_signals finds signals in English, German, French and Spanish with snippets", async () => {
    const pages: [string, string, string[]][] = [
      [
        "en",
        "We're hiring! Book a demo. We raised $20M in a Series B round. SOC 2 Type II.",
        ["hiring", "demo_request", "funding", "compliance"],
      ],
      [
        "de",
        "Wir stellen ein. Demo buchen. Finanzierungsrunde über 5 Mio. Euro abgeschlossen. DSGVO-konform.",
        ["hiring", "demo_request", "funding", "compliance"],
      ],
      [
        "fr",
        "Nous recrutons ! Demander une démo. Levée de fonds de 3 M€. Nouveau bureau à Lyon.",
        ["hiring", "demo_request", "funding", "expansion"],
      ],
      [
        "es",
        "Estamos contratando. Solicita una demo. Ronda de financiación cerrada. Se integra con Salesforce.",
        ["hiring", "demo_request", "funding", "integrations"],
      ],
    ];
    for (const [lang, content, expected] of pages) {
      const res = await q.client.callTool({ name: "detect_signals", arguments: { content } });
      const signals = (res.structuredContent as { signals: unknown[] }).signals.map((s) =>
        ZSignalSchema.parse(s),
      );
      expect(signals.map((s) => s.type).sort(), lang).toEqual([...expected].sort());
      for (const s of signals)
        expect(content.replace(/\s+/g, " "), `${lang} ${s.type}`).toContain(
          s.evidence.replace(/…/g, ""),
        );
    }
    const byUrl = await q.client.callTool({
      name: "detect_signals",
      arguments: { content: "Simple plans.", url: "https://x.example/preise" },
    });
    expect((byUrl.structuredContent as { signals: unknown[] }).signals).toEqual([
      {
        type: "pricing_page",
        strength: 0.9,
        evidence: "https://x.example/preise",
        sourceUrl: "https://x.example/preise",
      },
    ]);
  });

  it("logs nothing but protocol on stdout", async () => {
    // Had anything else reached stdout, the client's JSON-RPC parsing would have failed above.
    const res = await q.client.callTool({
      name: "detect_signals",
      arguments: { content: "nothing to see" },
    });
    expect(res.structuredContent).toEqual({ signals: [] });
  });
});
