import { describe, expect, it } from "vitest";
import { buildCallRequest, dueAt, readCallResponse } from "./protocol";

describe("the SDK protocol, executor side", () => {
  it("builds the POST the serve() handler expects", async () => {
    const req = buildCallRequest({
      url: "http://127.0.0.1:3000/api/inngest?fnId=leadscout-x&stepId=step",
      stepId: "abc123",
      runId: "run-1",
      attempt: 2,
      maxAttempts: 4,
      event: { name: "job/created", data: { jobId: "j" } },
      steps: { s1: { type: "data", data: 1 } },
      stack: ["s1"],
    });
    const url = new URL(req.url);
    expect([req.method, url.searchParams.get("fnId"), url.searchParams.get("stepId")]).toEqual([
      "POST",
      "leadscout-x",
      "abc123",
    ]);
    const body = await req.json();
    expect(body).toMatchObject({
      event: { name: "job/created" },
      events: [{ name: "job/created" }],
      steps: { s1: { type: "data", data: 1 } },
      ctx: { run_id: "run-1", attempt: 2, max_attempts: 4, stack: { stack: ["s1"], current: 0 } },
    });
    expect(body.ctx.fn_id).toBeUndefined(); // keeps the SDK out of checkpointing mode
  });

  it("reads 200, 206 and error answers, with their retry headers", async () => {
    expect(
      await readCallResponse(new Response(JSON.stringify({ ok: 1 }), { status: 200 })),
    ).toEqual({ kind: "completed", output: { ok: 1 } });
    const ops = await readCallResponse(
      new Response(JSON.stringify([{ id: "h", op: "StepRun", data: 5 }]), {
        status: 206,
        headers: { "retry-after": "3" },
      }),
    );
    expect(ops).toMatchObject({
      kind: "ops",
      ops: [{ id: "h", op: "StepRun", data: 5 }],
      retryAfterMs: 3000,
    });
    const final = await readCallResponse(
      new Response(JSON.stringify({ name: "NonRetriableError", message: "no" }), {
        status: 400,
        headers: { "x-inngest-no-retry": "true" },
      }),
    );
    expect(final).toEqual({
      kind: "error",
      retriable: false,
      error: { name: "NonRetriableError", message: "no" },
      retryAfterMs: undefined,
    });
    const junk = await readCallResponse(new Response("[{}]", { status: 206 }));
    expect(junk).toMatchObject({
      kind: "error",
      retriable: false,
      error: { name: "ProtocolError" },
    });
  });

  it("turns the SDK's durations and timestamps into due times", () => {
    const now = 1_000_000;
    expect(dueAt("1s", now)).toBe(now + 1000);
    expect(dueAt("1h30m5s", now)).toBe(now + 5_405_000);
    expect(dueAt("2d", now)).toBe(now + 172_800_000);
    expect(dueAt("", now)).toBe(now);
    expect(dueAt("2026-01-01T00:00:00.000Z", now)).toBe(Date.parse("2026-01-01T00:00:00.000Z"));
    expect(() => dueAt("soon", now)).toThrow("unreadable");
  });
});
