import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { closeMcpConnections } from "@/lib/mcp";
import type { LocalExecutor } from "@/inngest/local";
import { inboundFunctions } from "@/inngest/functions/inbound";
import { webhookFunctions } from "@/inngest/functions/webhooks";
import { TOKEN_FIELD } from "@/lib/inbound";
import { MemoryRateLimiter, setRateLimiter } from "@/lib/ratelimit";
import { ZLeadCreatedPayloadSchema, createWebhook, leadCreatedEventId } from "@/lib/webhooks";
import { endedRuns, startExecutor } from "../inngest/harness";
import { useFixtureDns } from "../pipeline/fixture-dns";
import { startReceiver, verifyBoth, type Receiver } from "../webhooks/receiver";
import { received, withWebhookDb } from "../webhooks/world";
import { humanToken, inboundOrg, makeForm, post, type InboundOrg } from "./world";

// After the submission is saved: lead.created to the organization's endpoints, signed like
// job.completed, and the lead scored and enriched by the same qualifier and enricher as a job's.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
  process.env.WEBHOOK_RETRY_SCHEDULE = "0s,100ms,100ms";
});
withWebhookDb();

let receiver: Receiver;
let executor: LocalExecutor;
let dns: Awaited<ReturnType<typeof useFixtureDns>>;
let org: InboundOrg;

beforeAll(async () => {
  setRateLimiter(new MemoryRateLimiter());
  dns = await useFixtureDns();
  receiver = await startReceiver();
  executor = await startExecutor([...webhookFunctions, ...inboundFunctions], { concurrency: 4 });
  org = await inboundOrg("Announce Co");
}, 120_000);
afterAll(async () => {
  await executor?.stop();
  await closeMcpConnections();
  await receiver?.close();
  await dns?.close();
});

describe("a new inbound lead is announced and scored", () => {
  it("fires a verifiable lead.created to subscribed endpoints only, and scores the lead", async () => {
    const leads = await createWebhook(org.admin.claims, org.orgId, {
      url: `${receiver.url}/leads`,
      events: ["lead.created"],
    });
    await createWebhook(org.admin.claims, org.orgId, {
      url: `${receiver.url}/jobs-only`,
      events: ["job.completed"],
    });
    const form = await makeForm(org);
    const res = await post(form.slug, {
      name: "Sam Buyer",
      email: "sam@buyer.example",
      company: "Buyer Inc",
      website: "buyer.example",
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(res.status).toBe(202);

    const [delivery] = await received(receiver, "/leads", 1, 60_000);
    const event = ZLeadCreatedPayloadSchema.parse(verifyBoth(leads.secret, delivery!));
    const lead = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .selectAll()
        .where("org_id", "=", org.orgId)
        .where("email", "=", "sam@buyer.example")
        .executeTakeFirstOrThrow(),
    );
    expect(delivery!.headers["webhook-id"]).toBe(leadCreatedEventId(lead.id));
    expect(event.data).toMatchObject({
      lead: { id: lead.id, source: "inbound", email: "sam@buyer.example", company: "Buyer Inc" },
      form: { id: form.id, slug: form.slug },
    });

    // Scored with the organization's rules (rules engine), the same writes as a job's lead.
    const [run] = await endedRuns("inbound-score-lead", 1);
    expect(run!.status, JSON.stringify(run!.error)).toBe("completed");
    const scored = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select(["score", "status", "qualification_method"])
        .where("id", "=", lead.id)
        .executeTakeFirstOrThrow(),
    );
    expect(scored.qualification_method).toBe("rules");
    expect(scored.score).toBeGreaterThanOrEqual(0);

    // A second submission by the same person updates the lead: no second lead.created.
    const again = await post(form.slug, {
      email: "sam@buyer.example",
      message: "Any news?",
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(again.status).toBe(202);
    await endedRuns("inbound-score-lead", 2);
    expect(receiver.at("/leads")).toHaveLength(1);
    expect(receiver.at("/jobs-only")).toHaveLength(0);
  });
});
