import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(__dirname) };
const SERVER_SUITES = ["scraper", "extraction", "enricher", "qualifier", "mcp"];
// Tests that run the product as separate processes on PGlite directories of their own (the CLI, a
// job killed mid-run): they never read DATABASE_URL, so they run once, in `pnpm test`.
const EMBEDDED = ["tests/cli/**/*.test.ts", "tests/pipeline/crash.test.ts"];

export default defineConfig({
  resolve: { alias },
  test: {
    // Most test time is waiting (child processes, loopback servers, timers), so even a 2-core
    // machine runs three files at once well; Vitest's default there would be one.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // CI shares its machine: a test that fails once is run once more, and one that then passes is
    // still named in the run's output ("retry x1"). Locally a failure is a failure.
    retry: process.env.CI ? 1 : 0,
    projects: [
      {
        // Named to sort first: Vitest starts projects in name order, and these files are the
        // longest, so starting them early keeps them from being the run's tail.
        resolve: { alias },
        test: {
          name: "embedded",
          include: EMBEDDED,
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "mcp-servers/*/src/**/*.test.ts", "inngest/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // The MCP servers over stdio and their fixtures: no database, so they run once, in
        // `pnpm test`, and not again in `pnpm test:pg`.
        resolve: { alias },
        test: {
          name: "servers",
          include: [`tests/{${SERVER_SUITES.join(",")}}/**/*.test.ts`],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: [`tests/{${SERVER_SUITES.join(",")}}/**`, ...EMBEDDED, "**/node_modules/**"],
          environment: "node",
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
