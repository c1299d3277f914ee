import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ZQualificationSchema } from "@/mcp-servers/qualifier/src/lib/schemas/qualification";
import { anthropicKeyOf } from "../provider-keys/fake-providers";
import { startFakeMessagesServer, type FakeMessagesServer } from "./fake-messages-server";
import { hotLead } from "./fixtures";
import { claudeEnv, startQualifier, type RunningQualifier } from "./start-qualifier";

// qualify_lead with a caller's own Anthropic key (an organization's): that call uses that key,
// the next call without one the server's own; the key never comes back in a result or the logs.

const ORG_KEY = "sk-ant-api03-organization-key-XY12";
const OTHER_KEY = "sk-ant-api03-another-org-key-QW34";
let fake: FakeMessagesServer;
let q: RunningQualifier;

beforeAll(async () => {
  fake = await startFakeMessagesServer();
  q = await startQualifier(
    claudeEnv(fake.url, { LOG_LEVEL: "debug", QUALIFIER_LLM_TIMEOUT_MS: "15000" }),
  );
});
afterEach(() => fake.reset());
afterAll(async () => {
  await q?.close();
  await fake?.close();
});

async function qualify(args: Record<string, unknown>) {
  const res = await q.client.callTool({
    name: "qualify_lead",
    arguments: { lead_data: hotLead, ...args },
  });
  expect(JSON.stringify(res)).not.toContain(ORG_KEY);
  return res;
}

describe("qualify_lead with an organization's own key", () => {
  it("scores with the given key for that call only", async () => {
    const own = ZQualificationSchema.parse((await qualify({ api_key: ORG_KEY })).structuredContent);
    expect(own.method).toBe("llm");
    const other = ZQualificationSchema.parse(
      (await qualify({ api_key: OTHER_KEY })).structuredContent,
    );
    expect(other.method).toBe("llm");
    const platform = ZQualificationSchema.parse((await qualify({})).structuredContent);
    expect(platform.method).toBe("llm");
    expect(fake.requests.map((r) => anthropicKeyOf(r.headers))).toEqual([
      ORG_KEY,
      OTHER_KEY,
      "sk-ant-test-key",
    ]);
  });

  it('uses no key with engine "rules"', async () => {
    const res = await qualify({ api_key: ORG_KEY, engine: "rules" });
    expect(ZQualificationSchema.parse(res.structuredContent).method).toBe("rules");
    expect(fake.requests).toHaveLength(0);
  });

  it("falls back to rules when the provider refuses the key, without echoing it", async () => {
    fake.respondWith(() => ({ kind: "error", status: 401, errorType: "authentication_error" }));
    const res = await qualify({ api_key: ORG_KEY });
    const result = ZQualificationSchema.parse(res.structuredContent);
    expect(result.method).toBe("rules");
    expect(result.fallbackReason).toMatch(/401/);
    expect(q.stderr()).not.toContain(ORG_KEY);
    expect(q.stderr()).not.toContain(OTHER_KEY);
  });
});
