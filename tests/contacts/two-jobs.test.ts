import { describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { createJob } from "@/lib/jobs";
import { normalizedName } from "@/lib/contacts";
import { buildJobEvent } from "@/lib/webhooks/payload";
import { useExecutorDb } from "../inngest/harness";
import { createOrg, usePipelineWorld, waitForJobEnd } from "../pipeline/world";

// Before any import reads the environment: the fixture sites live on loopback.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
});
useExecutorDb();

// The first twelve corpus sites: team pages, JSON-LD people, people with and without emails.
const world = usePipelineWorld([12]);

const contactsOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("contacts")
      .innerJoin("scraped_leads", "scraped_leads.id", "contacts.lead_id")
      .select([
        "contacts.id",
        "contacts.name",
        "contacts.email",
        "contacts.domain",
        "contacts.source_url",
        "contacts.first_job_id",
        "contacts.job_id",
        "scraped_leads.domain as lead_domain",
        "scraped_leads.people",
      ])
      .where("contacts.org_id", "=", orgId)
      .orderBy("contacts.name")
      .execute(),
  );

async function runJob(claims: Awaited<ReturnType<typeof createOrg>>["claims"], orgId: string) {
  const job = await createJob(
    claims,
    orgId,
    { type: "bulk", urls: world.web.urls, options: { enrich: false } },
    {},
  );
  expect((await waitForJobEnd(job.id)).status).toBe("completed");
  return job.id;
}

describe("contacts from two jobs over the same sites", () => {
  it("are the people found, one row each, linked to their company, never duplicated by the second job", async () => {
    const { orgId, claims } = await createOrg(1_000, "pro");
    const first = await runJob(claims, orgId);
    const afterFirst = await contactsOf(orgId);

    // Every named person on the leads became exactly one contact on the same company, found
    // on a page of that site; generic inboxes stayed on the company.
    const people = new Set(
      afterFirst.flatMap((c) =>
        (c.people as { name: string }[]).map((p) => `${c.lead_domain}|${normalizedName(p.name)}`),
      ),
    );
    expect(afterFirst.length).toBeGreaterThanOrEqual(5);
    expect(afterFirst.length).toBe(people.size);
    for (const c of afterFirst) {
      expect(c.domain).toBe(c.lead_domain);
      expect(people.has(`${c.domain}|${normalizedName(c.name)}`)).toBe(true);
      expect(c.source_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(c.email ?? "").not.toMatch(/^(info|sales|contact|hello|office)@/);
      expect(c.first_job_id).toBe(first);
    }
    const firstEvent = await asServiceRole((tx) => buildJobEvent(tx, first, "job.completed"));
    expect(firstEvent?.data.summary).toMatchObject({
      contacts: afterFirst.length,
      new_contacts: afterFirst.length,
    });

    const second = await runJob(claims, orgId);
    const afterSecond = await contactsOf(orgId);
    expect(afterSecond.map((c) => c.id).sort()).toEqual(afterFirst.map((c) => c.id).sort());
    for (const c of afterSecond) {
      expect(c.first_job_id).toBe(first);
      expect(c.job_id).toBe(second);
    }
    const emails = afterSecond.flatMap((c) => (c.email ? [c.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    const secondEvent = await asServiceRole((tx) => buildJobEvent(tx, second, "job.completed"));
    expect(secondEvent?.data.summary).toMatchObject({
      contacts: afterSecond.length,
      new_contacts: 0,
    });
  }, 600_000);
});
