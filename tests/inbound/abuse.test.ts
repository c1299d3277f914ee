import { beforeEach, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { INBOUND_SOURCES_KEPT, TOKEN_FIELD } from "@/lib/inbound";
import { MemoryRateLimiter, setRateLimiter } from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { humanToken, inboundOrg, mailTo, makeForm, post } from "./world";

// A public form is open to anyone: what it must not become (a mailer for strangers' text, a leak
// to people who left the team, a way round its own limits).
useTestDb();

beforeEach(() => setRateLimiter(new MemoryRateLimiter()));

describe("a public form under abuse", () => {
  it("confirms with nothing the visitor typed, to one address at most 3 times a day", async () => {
    const org = await inboundOrg("Mailer Co");
    const form = await makeForm(org);
    const victim = "victim@elsewhere.example";
    for (let i = 0; i < 4; i++) {
      const res = await post(form.slug, {
        email: victim,
        name: "Your account is locked, verify at https://evil.example",
        [TOKEN_FIELD]: humanToken(form.id),
      });
      expect(res.status).toBe(202);
    }
    const mails = await mailTo(victim);
    expect(mails).toHaveLength(3);
    for (const m of mails) expect(m.text_body).not.toMatch(/evil\.example|locked/);
    // The team still hears of every submission, the visitor's text included.
    expect(await mailTo(org.admin.email)).toHaveLength(4);
  });

  it("keeps a lead's latest 10 form entries however often one address sends, and its job's pages", async () => {
    const org = await inboundOrg("Repeat Co");
    const form = await makeForm(org);
    const email = "again@prospect.example";
    await asServiceRole((tx) =>
      tx
        .insertInto("scraped_leads")
        .values({
          org_id: org.orgId,
          dedupe_key: email,
          email,
          sources: JSON.stringify([{ url: "https://prospect.example/team", kind: "page" }]),
        })
        .execute(),
    );
    for (let i = 0; i < INBOUND_SOURCES_KEPT + 2; i++)
      expect((await post(form.slug, { email, [TOKEN_FIELD]: humanToken(form.id) })).status).toBe(
        202,
      );
    const lead = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select("sources")
        .where("org_id", "=", org.orgId)
        .where("dedupe_key", "=", email)
        .executeTakeFirstOrThrow(),
    );
    const sources = lead.sources as { kind: string; submission_id?: string }[];
    expect(sources[0]).toEqual({ url: "https://prospect.example/team", kind: "page" });
    const inbound = sources.filter((s) => s.kind === "inbound");
    expect(inbound).toHaveLength(INBOUND_SOURCES_KEPT);
    const submissions = await asServiceRole((tx) =>
      tx
        .selectFrom("inbound_submissions")
        .select("id")
        .where("form_id", "=", form.id)
        .orderBy("created_at")
        .execute(),
    );
    expect(submissions).toHaveLength(INBOUND_SOURCES_KEPT + 2);
    expect(inbound.map((s) => s.submission_id)).toEqual(submissions.slice(2).map((s) => s.id));
  });

  it("stops mailing a recipient who has left the team", async () => {
    const org = await inboundOrg("Leavers Co");
    const form = await makeForm(org, { recipients: [org.admin.email, org.member.email] });
    await asServiceRole((tx) =>
      tx
        .deleteFrom("team_members")
        .where("org_id", "=", org.orgId)
        .where("user_id", "=", org.member.id)
        .execute(),
    );
    const res = await post(form.slug, {
      email: "lead@prospect.example",
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(res.status).toBe(202);
    expect(await mailTo(org.admin.email)).toHaveLength(1);
    expect(await mailTo(org.member.email)).toEqual([]);
  });

  it("counts an IPv6 /64 as one sender", async () => {
    const org = await inboundOrg("Six Co");
    const form = await makeForm(org);
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) {
      const res = await post(
        form.slug,
        { email: "nope" },
        { ip: `2001:db8:7:9::${i.toString(16)}` },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
    // The next /64 is someone else.
    expect((await post(form.slug, { email: "nope" }, { ip: "2001:db8:7:a::1" })).status).toBe(422);
  });

  it("takes at most 100 submissions in 10 minutes per form, from however many senders", async () => {
    const org = await inboundOrg("Flood Co");
    const form = await makeForm(org);
    const other = await makeForm(org, { name: "Other form" });
    for (let i = 0; i < 100; i++) {
      const res = await post(form.slug, { email: "nope" }, { ip: `192.0.2.${i + 1}` });
      expect(res.status).toBe(422);
    }
    const refused = await post(form.slug, { email: "nope" }, { ip: "198.18.0.1" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another form of the same team is not held back.
    expect((await post(other.slug, { email: "nope" }, { ip: "198.18.0.1" })).status).toBe(422);
  });

  it("never redirects a browser to a malformed slug, even once rate limited", async () => {
    const html = "text/html,application/xhtml+xml";
    for (let i = 0; i < 11; i++)
      await post("..\\evil.example", { email: "nope" }, { ip: "203.0.113.77", accept: html });
    const res = await post(
      "..\\evil.example",
      { email: "nope" },
      { ip: "203.0.113.77", accept: html },
    );
    expect(res.status).toBe(404);
    expect(res.headers.get("location")).toBeNull();
  });
});
