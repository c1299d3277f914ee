import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { backfillContacts } from "@/lib/contacts";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser } from "../orgs/fixtures";

useTestDb();

// Leads stored before contacts were rows carry their people only in the `people` column.
let ours: { id: string; slug: string };
let theirs: { id: string; slug: string };

async function oldLead(orgId: string, domain: string, people: unknown[]) {
  await asServiceRole((tx) =>
    tx
      .insertInto("scraped_leads")
      .values({
        org_id: orgId,
        dedupe_key: domain,
        domain,
        company: domain,
        people: JSON.stringify(people),
      })
      .execute(),
  );
}

const contactsOf = (orgId: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("contacts")
      .select(["name", "email", "title", "domain", "source_url"])
      .where("org_id", "=", orgId)
      .orderBy("name")
      .execute(),
  );

beforeAll(async () => {
  const owner = await createUser("backfill-owner");
  const other = await createUser("backfill-other");
  ours = await createOrganization(owner.claims, { name: "Backfill Ours" });
  theirs = await createOrganization(other.claims, { name: "Backfill Theirs" });
  await oldLead(ours.id, "acme.test", [
    {
      name: "Ada  Lovelace",
      title: "CEO",
      email: "Ada@Acme.test",
      sourceUrl: "https://acme.test/team",
    },
    // A generic inbox stays on the company: Ben becomes a contact keyed by name.
    { name: "Ben Okafor", title: "Sales", email: "info@acme.test" },
    { name: "ada lovelace", phone: "+44 20 7946 0000" },
    { nonsense: true },
  ]);
  await oldLead(ours.id, "beta.test", [{ name: "Cy Twombly" }]);
  await oldLead(ours.id, "empty.test", []);
  await oldLead(theirs.id, "gamma.test", [{ name: "Dee Dee", email: "dee@gamma.test" }]);
});

describe("contacts backfill", () => {
  it("makes contacts of one organization's stored people, deduplicated, generic inboxes left out", async () => {
    expect(await backfillContacts({ org: ours.slug })).toEqual({
      leads: 2,
      created: 3,
      updated: 0,
    });
    expect(await contactsOf(ours.id)).toEqual([
      {
        name: "Ada Lovelace",
        email: "ada@acme.test",
        title: "CEO",
        domain: "acme.test",
        source_url: "https://acme.test/team",
      },
      { name: "Ben Okafor", email: null, title: "Sales", domain: "acme.test", source_url: null },
      { name: "Cy Twombly", email: null, title: null, domain: "beta.test", source_url: null },
    ]);
    expect(await contactsOf(theirs.id)).toEqual([]);
  });

  it("run again, it creates nothing; without --org it reaches every organization", async () => {
    expect(await backfillContacts({ org: ours.slug })).toEqual({
      leads: 2,
      created: 0,
      updated: 3,
    });
    expect(await backfillContacts()).toEqual({ leads: 3, created: 1, updated: 3 });
    expect(await contactsOf(ours.id)).toHaveLength(3);
    expect((await contactsOf(theirs.id)).map((c) => c.email)).toEqual(["dee@gamma.test"]);
  });

  it("an unknown slug is refused by name", async () => {
    await expect(backfillContacts({ org: "no-such-org" })).rejects.toThrow(
      "No organization has the slug no-such-org",
    );
  });
});
