import { describe, expect, it } from "vitest";
import type { SiteTarget } from "../domain";
import type { CompanyAnswer, CompanyProvider } from "../providers/types";
import { ProviderError } from "../resilience/errors";
import { ProviderGuard } from "../resilience/provider-guard";
import { runCompanyWaterfall } from "./waterfall";

const site: SiteTarget = { domain: "acme.com", key: "acme.com", origins: ["https://acme.com"] };

function provider(
  name: string,
  confidence: CompanyProvider["confidence"],
  answer: () => Promise<CompanyAnswer>,
): CompanyProvider & { calls: number } {
  const p = {
    name,
    confidence,
    guard: new ProviderGuard(name),
    calls: 0,
    lookup: async () => {
      p.calls++;
      return answer();
    },
  };
  return p;
}

describe("runCompanyWaterfall", () => {
  it("fills each field from the first provider that has it and records who gave it", async () => {
    const site1 = provider("website", { name: 0.9, description: 0.8, industry: 0.5 }, async () => ({
      data: { name: "Acme", description: "Anvils" },
      cached: false,
    }));
    const apollo = provider("apollo", { name: 0.8, industry: 0.8, founded: 0.8 }, async () => ({
      data: { name: "Acme Corp", industry: "Manufacturing", founded: 1999 },
      confidence: { founded: 0.6 },
      cached: true,
    }));
    const r = await runCompanyWaterfall(
      site,
      [site1, apollo],
      ["name", "description", "industry", "founded"],
    );
    expect(r.data).toEqual({
      name: "Acme",
      description: "Anvils",
      industry: "Manufacturing",
      founded: 1999,
    });
    expect(r.fields).toEqual({
      name: { provider: "website", confidence: 0.9 },
      description: { provider: "website", confidence: 0.8 },
      industry: { provider: "apollo", confidence: 0.8 },
      founded: { provider: "apollo", confidence: 0.6 },
    });
    expect(r.attempts.map((a) => [a.provider, a.outcome, a.cached])).toEqual([
      ["website", "filled", false],
      ["apollo", "filled", true],
    ]);
  });

  it("moves past a failing provider and skips one with nothing left to give", async () => {
    const broken = provider("hunter", { industry: 0.7 }, async () => {
      throw new ProviderError("hunter", "circuit_open", "hunter circuit is open");
    });
    const apollo = provider("apollo", { industry: 0.8 }, async () => ({
      data: { industry: "Software" },
      cached: false,
    }));
    const late = provider("late", { industry: 0.9 }, async () => ({ data: {}, cached: false }));
    const r = await runCompanyWaterfall(site, [broken, apollo, late], ["industry"]);
    expect(r.data.industry).toBe("Software");
    expect(r.attempts.map((a) => a.outcome)).toEqual(["circuit_open", "filled"]);
    expect(late.calls).toBe(0);
  });
});
