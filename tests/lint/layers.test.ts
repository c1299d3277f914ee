import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering rules in eslint.config.mjs, each shown failing on a small deliberate violation
// (and staying quiet where the same import is allowed), so a config edit cannot switch one off
// unnoticed. The fixtures are linted as text under the paths they would have in the tree (an
// existing file's path in lib/, which import/no-cycle needs to find on disk).
const ROOT = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const SLOW = { timeout: 120_000 };

describe("layering lint rules", () => {
  it("refuses an import cycle in lib/", SLOW, async () => {
    // lib/api/index.ts re-exports lib/serialize.ts: serialize importing lib/api closes a loop.
    // First in the file: eslint-plugin-import keeps each file's import graph for the process, and
    // a graph kept from an earlier lint (lib/serialize.ts on disk imports nothing) would hide the
    // fixture's new edge.
    const code = `import { ok } from "@/lib/api";\nexport const iso = (d: Date) => d.toISOString();\nexport const num = (v: unknown) => Number(v);\nexport const x = ok;\n`;
    expect(await ruleIds("lib/serialize.ts", code)).toContain("import/no-cycle");
  });

  it("refuses an app/ import outside app/, and allows it inside", SLOW, async () => {
    const code = `import { cancelJob } from "@/app/(dashboard)/jobs/actions";\nexport const x = cancelJob;\n`;
    expect(await ruleIds("components/jobs/lint-fixture.tsx", code)).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("lib/jobs/create-job.ts", code)).toContain("no-restricted-imports");
    expect(await ruleIds("app/(dashboard)/jobs/lint-fixture.tsx", code)).not.toContain(
      "no-restricted-imports",
    );
  });

  it("refuses lib/db in components, and allows it in lib", SLOW, async () => {
    const code = `import { withUser } from "@/lib/db";\nexport const x = withUser;\n`;
    expect(await ruleIds("components/leads/lint-fixture.tsx", code)).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("lib/leads/update-lead.ts", code)).toEqual([]);
  });

  it("refuses deep imports into another package's source", SLOW, async () => {
    const alias = `import { scoreLead } from "@/mcp-servers/qualifier/src/lib/rules";\nexport const x = scoreLead;\n`;
    expect(await ruleIds("lib/scoring-rules/preview.ts", alias)).toContain("no-restricted-imports");
    const relative = `import { extractPage } from "../../scraper/src/lib/extract";\nexport const x = extractPage;\n`;
    expect(await ruleIds("mcp-servers/enricher/src/lint-fixture.ts", relative)).toEqual(
      expect.arrayContaining(["import/no-relative-packages"]),
    );
    const byName = `import { extractPage } from "@leadscout/mcp-scraper/extract";\nexport const x = extractPage;\n`;
    expect(await ruleIds("mcp-servers/enricher/src/lint-fixture.ts", byName)).toEqual([]);
  });

  it(
    "refuses a file over 300 lines of code, counting neither comments nor blank lines",
    SLOW,
    async () => {
      const lines = (n: number) =>
        Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`);
      expect(await ruleIds("lib/jobs/lint-fixture.ts", lines(301).join("\n") + "\n")).toContain(
        "max-lines",
      );
      const commented = [
        ...lines(290),
        ...Array.from({ length: 60 }, () => "// why, not what"),
        "",
      ];
      expect(await ruleIds("lib/jobs/lint-fixture.ts", commented.join("\n\n"))).toEqual([]);
    },
  );
});
