import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the Anthropic Messages API (POST /v1/messages) on 127.0.0.1, so the real
// @anthropic-ai/sdk can be exercised end to end. It records every request, answers through a
// swappable responder, and reports token usage computed from the request and reply sizes
// (~4 characters a token), including prompt-cache writes and reads for blocks marked with
// cache_control, so benchmarks can compare request shapes.

export interface RecordedRequest {
  at: number;
  headers: IncomingHttpHeaders;
  body: MessagesRequest;
}

export interface MessagesRequest {
  model: string;
  max_tokens: number;
  system?: { type: "text"; text: string; cache_control?: { type: string } }[];
  tools?: {
    name: string;
    description?: string;
    input_schema: Record<string, unknown>;
    cache_control?: unknown;
  }[];
  tool_choice?: { type: string; name?: string };
  messages: { role: string; content: string | { type: string; text?: string }[] }[];
}

export type Reply =
  | { kind: "tool"; input: unknown; name?: string; stopReason?: string }
  | { kind: "text"; text: string }
  | { kind: "error"; status: number; errorType?: string; headers?: Record<string, string> }
  | { kind: "raw"; status: number; body: string; headers?: Record<string, string> }
  | { kind: "hang" };

export type Responder = (req: MessagesRequest, index: number) => Reply | Promise<Reply>;

export const tokensOf = (text: string) => Math.ceil(text.length / 4);

export function userText(req: MessagesRequest): string {
  return req.messages
    .map((m) =>
      typeof m.content === "string" ? m.content : m.content.map((c) => c.text ?? "").join("\n"),
    )
    .join("\n");
}

export interface ParsedLead {
  id: string;
  data: Record<string, unknown>;
  pages: { url: string; text: string }[];
}

/** The <lead> blocks of a qualifier request, as a model would read them. */
export function leadsIn(req: MessagesRequest): ParsedLead[] {
  const out: ParsedLead[] = [];
  for (const m of userText(req).matchAll(/<lead id="([^"]+)">([\s\S]*?)<\/lead>/g)) {
    const block = m[2]!;
    const json = /<untrusted_lead>\n([\s\S]*?)\n<\/untrusted_lead>/.exec(block)?.[1];
    const pages = [
      ...block.matchAll(/<untrusted_page url="([^"]*)">\n([\s\S]*?)\n<\/untrusted_page>/g),
    ].map((p) => ({
      url: p[1]!,
      text: p[2]!,
    }));
    out.push({ id: m[1]!, data: json ? (JSON.parse(json) as Record<string, unknown>) : {}, pages });
  }
  return out;
}

/** A diligent model: quotes real evidence from each lead (its first email, a person's title). */
export function plausibleQualification(lead: ParsedLead) {
  const reasons: { factor: string; points: number; evidence: string }[] = [];
  const emails = (lead.data.emails as (string | { value: string })[] | undefined) ?? [];
  const first = emails[0];
  if (first)
    reasons.push({
      factor: "Reachable by business email",
      points: 20,
      evidence: typeof first === "string" ? first : first.value,
    });
  const people = (lead.data.people as { name: string; title?: string }[] | undefined) ?? [];
  const boss = people.find((p) => p.title);
  if (boss)
    reasons.push({ factor: "Decision maker on the team page", points: 25, evidence: boss.title! });
  const signals: { type: string; strength: number; evidence: string; sourceUrl?: string }[] = [];
  for (const page of lead.pages) {
    const hit = /we're hiring|book a demo/i.exec(page.text);
    if (hit)
      signals.push({
        type: hit[0].toLowerCase().includes("hiring") ? "hiring" : "demo_request",
        strength: 0.7,
        evidence: hit[0],
        sourceUrl: page.url,
      });
  }
  const score = Math.min(
    100,
    reasons.reduce((s, r) => s + r.points, 0),
  );
  return { lead_id: lead.id, score, confidence: 0.8, reasons, signals };
}

export const diligentModel: Responder = (req) => ({
  kind: "tool",
  input: { qualifications: leadsIn(req).map(plausibleQualification) },
});

function usageFor(req: MessagesRequest, outputText: string, cache: Set<string>) {
  // Cache prefix order is tools → system → messages; each cache_control marks the end of a prefix.
  let prefix = JSON.stringify(req.tools ?? []);
  let cachedTokens = 0;
  let creation = 0;
  let read = 0;
  for (const block of req.system ?? []) {
    prefix += block.text;
    if (block.cache_control) {
      const key = createHash("sha256")
        .update(req.model + prefix)
        .digest("hex");
      const tokens = tokensOf(prefix) - cachedTokens;
      if (cache.has(key)) read += tokens;
      else {
        creation += tokens;
        cache.add(key);
      }
      cachedTokens += tokens;
    }
  }
  const total = tokensOf(prefix) + tokensOf(JSON.stringify(req.messages));
  return {
    input_tokens: total - cachedTokens,
    cache_creation_input_tokens: creation,
    cache_read_input_tokens: read,
    output_tokens: tokensOf(outputText),
  };
}

export interface FakeMessagesServer {
  url: string;
  requests: RecordedRequest[];
  respondWith(responder: Responder): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeMessagesServer(
  initial: Responder = diligentModel,
): Promise<FakeMessagesServer> {
  let responder = initial;
  const requests: RecordedRequest[] = [];
  const cache = new Set<string>();
  const hanging = new Set<() => void>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const send = (status: number, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, {
          "content-type": "application/json",
          "request-id": `req_${randomUUID()}`,
          ...headers,
        });
        res.end(body);
      };
      if (req.method !== "POST" || !req.url?.startsWith("/v1/messages")) {
        send(
          404,
          JSON.stringify({
            type: "error",
            error: { type: "not_found_error", message: "not found" },
          }),
        );
        return;
      }
      let body: MessagesRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as MessagesRequest;
      } catch {
        send(
          400,
          JSON.stringify({
            type: "error",
            error: { type: "invalid_request_error", message: "bad json" },
          }),
        );
        return;
      }
      const index = requests.length;
      requests.push({ at: Date.now(), headers: req.headers, body });
      const reply = await responder(body, index);
      if (reply.kind === "hang") {
        // Never answers; released on close so the test process can exit.
        const release = () => res.destroy();
        hanging.add(release);
        res.on("close", () => hanging.delete(release));
        return;
      }
      if (reply.kind === "error") {
        const type =
          reply.errorType ??
          (reply.status === 429
            ? "rate_limit_error"
            : reply.status === 529
              ? "overloaded_error"
              : "api_error");
        send(
          reply.status,
          JSON.stringify({ type: "error", error: { type, message: `fake ${type}` } }),
          reply.headers,
        );
        return;
      }
      if (reply.kind === "raw") {
        send(reply.status, reply.body, reply.headers);
        return;
      }
      const content =
        reply.kind === "tool"
          ? [
              {
                type: "tool_use",
                id: `toolu_${randomUUID().replace(/-/g, "")}`,
                name: reply.name ?? body.tool_choice?.name ?? "tool",
                input: reply.input,
              },
            ]
          : [{ type: "text", text: reply.text }];
      const outputText = reply.kind === "tool" ? JSON.stringify(reply.input) : reply.text;
      send(
        200,
        JSON.stringify({
          id: `msg_${randomUUID().replace(/-/g, "")}`,
          type: "message",
          role: "assistant",
          model: body.model,
          content,
          stop_reason: reply.kind === "tool" ? (reply.stopReason ?? "tool_use") : "end_turn",
          stop_sequence: null,
          usage: usageFor(body, outputText, cache),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respondWith(r) {
      responder = r;
    },
    reset() {
      requests.length = 0;
      responder = initial;
    },
    async close() {
      for (const release of hanging) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
