import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { inngest } from "@/inngest/client";
import { jobCreated } from "@/inngest/events";

// Step logic tested without any executor: @inngest/test drives the function with mocked step
// state, and the typed event's zod schema guards the input.
const summarize = inngest.createFunction(
  { id: "summarize-job", triggers: [jobCreated] },
  async ({ event, step }) => {
    const urls = await step.run("load-urls", async (): Promise<string[]> => {
      throw new Error("not reached in these tests: mocked");
    });
    const hosts = await step.run(
      "count-hosts",
      () => new Set(urls.map((u) => new URL(u).host)).size,
    );
    return { jobId: event.data.jobId, urls: urls.length, hosts };
  },
);

const jobId = "7b0f8a4e-8f7e-4a53-9d64-0c1f1d3f0b11";
const orgId = "1c9d2e57-3f0e-4d8b-a3a5-5b0f4f6a7e20";

describe("a step function under @inngest/test", () => {
  const t = new InngestTestEngine({
    function: summarize,
    events: [jobCreated.create({ jobId, orgId })],
    steps: [
      {
        id: "load-urls",
        handler: () => ["https://a.example/x", "https://a.example/y", "https://b.example/"],
      },
    ],
  });

  it("runs one step against mocked earlier steps", async () => {
    const { result } = await t.executeStep("count-hosts");
    expect(result).toBe(2);
  });

  it("runs the whole function to its result", async () => {
    const { result } = await t.execute();
    expect(result).toEqual({ jobId, urls: 3, hosts: 2 });
  });

  it("rejects event data that does not match the event's schema", async () => {
    const { error } = await t.execute({
      events: [{ name: "job/created", data: { jobId: "not-a-uuid", orgId } }],
    });
    expect(String((error as Error)?.message ?? error)).toMatch(/jobId|uuid/i);
  });

  it("refuses to create a malformed event before it is sent", async () => {
    await expect(jobCreated.create({ jobId: "nope", orgId } as never).validate()).rejects.toThrow();
  });
});
