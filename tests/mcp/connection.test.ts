import { afterAll, describe, expect, it } from "vitest";
import {
  callTool,
  closeMcpConnections,
  connection,
  McpToolError,
  McpUnavailableError,
} from "@/lib/mcp";

// lib/mcp against the real qualifier server process over stdio.
const lead = {
  company: { name: "Acme GmbH" },
  domain: "acme.example",
  emails: [{ value: "anna.schmidt@acme.example" }],
};

describe("lib/mcp", () => {
  afterAll(() => closeMcpConnections());

  it("calls a tool and returns its structured content, reusing one process", async () => {
    const first = (await callTool("qualifier", "generate_score", { lead_data: lead })) as {
      score: number;
      method: string;
    };
    expect(first.method).toBe("rules");
    expect(first.score).toBeGreaterThanOrEqual(0);
    const pid = connection("qualifier").pid;
    expect(pid).toBeGreaterThan(0);
    await callTool("qualifier", "generate_score", { lead_data: lead });
    expect(connection("qualifier").pid).toBe(pid);
  });

  it("reports a tool's isError as McpToolError and keeps the server", async () => {
    const pid = connection("qualifier").pid;
    await expect(
      callTool("qualifier", "generate_score", { lead_data: "not an object" }),
    ).rejects.toBeInstanceOf(McpToolError);
    expect(connection("qualifier").pid).toBe(pid);
  });

  it("fails the call in flight when the server crashes, then restarts on the next call", async () => {
    const pid = connection("qualifier").pid!;
    const inFlight = callTool("qualifier", "batch_qualify", {
      leads: Array.from({ length: 500 }, (_, i) => ({ ...lead, company: { name: `Acme ${i}` } })),
    });
    process.kill(pid, "SIGKILL");
    await expect(inFlight).rejects.toBeInstanceOf(McpUnavailableError);
    const again = (await callTool("qualifier", "generate_score", { lead_data: lead })) as {
      method: string;
    };
    expect(again.method).toBe("rules");
    expect(connection("qualifier").pid).not.toBe(pid);
  });

  it("times out a call that takes too long", async () => {
    await expect(
      callTool(
        "qualifier",
        "batch_qualify",
        { leads: Array.from({ length: 500 }, () => lead) },
        { timeoutMs: 1 },
      ),
    ).rejects.toBeInstanceOf(McpUnavailableError);
  });
});
