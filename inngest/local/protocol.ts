import { z } from "zod";

/**
 * The server half of Inngest's SDK protocol, as far as one request goes: build the POST the SDK's
 * serve() handler expects (the trigger event, every memoized step result, ctx with run id,
 * attempt and completion order) and read its answer — 200 with the function's return value,
 * 206 with the step ops it found or ran, or an error status with the serialized error and the
 * X-Inngest-No-Retry / Retry-After headers.
 */
export type Transport = (req: Request) => Promise<Response>;

export type StepResult =
  { type: "data"; data: unknown } | { type: "error"; error: SerializedError };

export const ZSerializedErrorSchema = z
  .object({ name: z.string().default("Error"), message: z.string().default("Unknown error") })
  .passthrough();
export type SerializedError = z.infer<typeof ZSerializedErrorSchema>;

export const ZOpSchema = z
  .object({
    id: z.string().min(1),
    op: z.string().min(1),
    name: z.string().optional(),
    displayName: z.string().optional(),
    opts: z.record(z.string(), z.unknown()).nullish(),
    data: z.unknown().optional(),
    error: z.unknown().optional(),
  })
  .passthrough();
export type Op = z.infer<typeof ZOpSchema>;

export type CallOutcome =
  | { kind: "ops"; ops: Op[]; retryAfterMs?: number }
  | { kind: "completed"; output: unknown }
  | { kind: "error"; error: SerializedError; retriable: boolean; retryAfterMs?: number };

export interface CallInput {
  /** The function's URL from registration (carries fnId). */
  url: string;
  /** A planned step to run, or null to run the function from the top (discovery). */
  stepId: string | null;
  runId: string;
  attempt: number;
  maxAttempts: number;
  event: Record<string, unknown>;
  steps: Record<string, StepResult>;
  stack: string[];
}

export function buildCallRequest(input: CallInput): Request {
  const url = new URL(input.url);
  url.searchParams.set("stepId", input.stepId ?? "step");
  const body = {
    event: input.event,
    events: [input.event],
    steps: input.steps,
    ctx: {
      run_id: input.runId,
      attempt: input.attempt,
      max_attempts: input.maxAttempts,
      // No fn_id: without it the SDK stays in plain async mode and never tries to checkpoint
      // to an Inngest API that does not exist here.
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: input.stack, current: Math.max(input.stack.length - 1, 0) },
    },
  };
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-inngest-run-id": input.runId },
    body: JSON.stringify(body),
  });
}

function retryAfterMs(res: Response): number | undefined {
  const raw = res.headers.get("retry-after");
  if (!raw) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function asError(value: unknown, fallback: string): SerializedError {
  const parsed = ZSerializedErrorSchema.safeParse(value);
  if (parsed.success && value && typeof value === "object") return parsed.data;
  return { name: "Error", message: typeof value === "string" ? value : fallback };
}

/** Reads the serve() handler's answer into what the executor acts on. */
export async function readCallResponse(res: Response): Promise<CallOutcome> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (res.status === 200) return { kind: "completed", output: body };
  if (res.status === 206) {
    const ops = z.array(ZOpSchema).safeParse(body);
    if (!ops.success) {
      return {
        kind: "error",
        retriable: false,
        error: {
          name: "ProtocolError",
          message: `unreadable ops from the SDK: ${ops.error.message}`,
        },
      };
    }
    return { kind: "ops", ops: ops.data, retryAfterMs: retryAfterMs(res) };
  }
  const noRetry = res.headers.get("x-inngest-no-retry") === "true";
  return {
    kind: "error",
    error: asError(body, `serve() handler answered ${res.status}`),
    retriable: !noRetry,
    retryAfterMs: retryAfterMs(res),
  };
}

export async function callFunction(transport: Transport, input: CallInput): Promise<CallOutcome> {
  try {
    return await readCallResponse(await transport(buildCallRequest(input)));
  } catch (err) {
    // The handler could not be reached or threw outside the SDK: retry like any failed request.
    return {
      kind: "error",
      retriable: true,
      error: {
        name: (err as Error).name ?? "Error",
        message: (err as Error).message ?? String(err),
      },
    };
  }
}

/** Parses the SDK's duration strings ("1w2d3h4m5s") and ISO timestamps into a due time. */
export function dueAt(spec: string, now = Date.now()): number {
  if (spec === "") return now; // the SDK writes a zero duration as an empty string
  const units: Record<string, number> = {
    w: 604_800_000,
    d: 86_400_000,
    h: 3_600_000,
    m: 60_000,
    s: 1000,
    ms: 1,
  };
  const parts = [...spec.matchAll(/(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g)];
  if (parts.length && parts.map((p) => p[0]).join("") === spec) {
    return now + parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
  }
  const at = Date.parse(spec);
  if (Number.isNaN(at)) throw new Error(`unreadable duration or time "${spec}"`);
  return at;
}
