import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importLeads, type ImportRefusal } from "@/lib/lead-import";
import { createOrganization } from "@/lib/orgs";
import { useTestDb } from "../helpers/db";
import { createUser, type TestUser } from "../orgs/fixtures";

useTestDb();

let admin: TestUser;
let viewer: TestUser;
let orgId: string;

/** The text as a stream of small chunks, as an upload arrives. */
function streamOf(text: string, chunk = 64): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}

/** `rows` leads produced a chunk at a time, as a large upload arrives. */
export async function* bigCsv(rows: number): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  yield enc.encode("Company,Website,Email,Phone,Notes\n");
  for (let i = 0; i < rows; i += 1000) {
    let chunk = "";
    for (let j = i; j < Math.min(rows, i + 1000); j++)
      chunk += `Company ${j},https://c${j}.example.test,sales${j}@c${j}.example.test,+1 555 ${String(j).padStart(6, "0")},"Imported, row ${j + 2}"\n`;
    yield enc.encode(chunk);
  }
}

const counts = (org: string) =>
  asServiceRole(async (tx) => ({
    leads: Number(
      (
        await tx
          .selectFrom("scraped_leads")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("org_id", "=", org)
          .executeTakeFirstOrThrow()
      ).n,
    ),
    contacts: Number(
      (
        await tx
          .selectFrom("contacts")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("org_id", "=", org)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  }));

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** An organization of its own (a free account may own three), with `admin` as an admin of it. */
async function newOrg(name: string) {
  const owner = await createUser("import-owner");
  const id = (await createOrganization(owner.claims, { name })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: id, user_id: admin.id, role: "admin" })
      .execute(),
  );
  return id;
}

beforeAll(async () => {
  admin = await createUser("import-admin");
  viewer = await createUser("import-viewer");
  orgId = (await createOrganization(admin.claims, { name: "Import Co" })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values({ org_id: orgId, user_id: viewer.id, role: "viewer" })
      .execute(),
  );
});

describe("importLeads", () => {
  it("refuses a file with bad rows as a whole, listing each with its row number (header = row 1)", async () => {
    const org = await newOrg("Bad rows");
    // 600 valid rows first: a whole batch is written before the first bad row is read, so only
    // the transaction's rollback keeps it out.
    const good = Array.from({ length: 600 }, (_, i) => `Good ${i},good${i}.test,,new`);
    const csv = [
      "Company,Website,Email,Stage",
      ...good, // rows 2..601
      "Beta,not a site,bob@beta.test,new", // row 602: website
      "Gamma,gamma.test,not-an-email,new", // row 603: email
      ",,,", // row 604: blank, skipped
      "Delta,delta.test,dee@delta.test,someday", // row 605: stage
    ].join("\n");
    const before = await counts(org);
    const err = await refusal(importLeads(admin.claims, org, { csv: streamOf(csv) }));
    expect(err.code).toBe("validation_failed");
    const details = err.details as unknown as ImportRefusal;
    expect(details.error_count).toBe(3);
    expect(details.rows).toBe(603);
    expect(details.errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [602, "website", "Website"],
      [603, "email", "Email"],
      [605, "stage", "Stage"],
    ]);
    // Nothing half-imported: the 600 valid rows (a batch of them already inserted) are gone too.
    expect(await counts(org)).toEqual(before);
  });

  it("caps the listed errors and still counts them all", async () => {
    const org = await newOrg("Many errors");
    const rows = Array.from({ length: 250 }, (_, i) => `Co ${i},site ${i}`);
    const err = await refusal(
      importLeads(admin.claims, org, { csv: streamOf(["Company,Website", ...rows].join("\n")) }),
    );
    const details = err.details as unknown as ImportRefusal;
    expect(details.error_count).toBe(250);
    expect(details.errors).toHaveLength(100);
    expect(details.errors[99]!.row).toBe(101);
  });

  // Existing domains are read up front for an organization of up to 100,000 leads, else looked up
  // per batch (knownDomains); a limit of 0 takes the second way on this small organization.
  it.each([
    ["read up front", undefined],
    ["looked up per batch", 0],
  ])(
    "dedupes by domain within the file and against the organization's leads, and makes contacts (existing domains %s)",
    async (label, knownDomainsLimit) => {
      const org = await newOrg(`Dedupe ${label}`);
      await asServiceRole((tx) =>
        tx
          .insertInto("scraped_leads")
          .values({ org_id: org, dedupe_key: "old", domain: "known.test", company: "Known" })
          .execute(),
      );
      const csv = [
        "Company,Website,Contact name,Email,Title",
        "Known Again,https://www.known.test/about,Kim,kim@known.test,CEO", // exists: skipped
        "Fresh,fresh.test,Fay Fox,fay@fresh.test,CTO",
        "Fresh dup,https://fresh.test,Sam Stone,sam@fresh.test,COO", // dup: contact joins Fresh
        "Solo,solo.test,,info@solo.test,",
      ].join("\r\n");
      const report = await importLeads(admin.claims, org, {
        csv: streamOf(csv),
        knownDomainsLimit,
      });
      expect(report).toEqual({
        rows: 4,
        created: 2,
        skipped_existing: 1,
        duplicates_in_file: 1,
        contacts_created: 2,
        blank_rows: 0,
      });
      const rows = await asServiceRole((tx) =>
        tx
          .selectFrom("contacts as c")
          .innerJoin("scraped_leads as l", "l.id", "c.lead_id")
          .select(["c.name", "c.email", "l.company", "l.domain"])
          .where("c.org_id", "=", org)
          .orderBy("c.name")
          .execute(),
      );
      expect(rows).toEqual([
        { name: "Fay Fox", email: "fay@fresh.test", company: "Fresh", domain: "fresh.test" },
        { name: "Sam Stone", email: "sam@fresh.test", company: "Fresh", domain: "fresh.test" },
      ]);
      const known = await asServiceRole((tx) =>
        tx
          .selectFrom("scraped_leads")
          .select(["company"])
          .where("org_id", "=", org)
          .where("domain", "=", "known.test")
          .execute(),
      );
      expect(known).toEqual([{ company: "Known" }]); // skipped, not merged
      const audit = await asServiceRole((tx) =>
        tx
          .selectFrom("audit_log")
          .select(["action", "actor_id", "metadata"])
          .where("org_id", "=", org)
          .where("action", "=", "leads.imported")
          .execute(),
      );
      expect(audit).toEqual([
        {
          action: "leads.imported",
          actor_id: admin.id,
          metadata: expect.objectContaining({ created: 2 }),
        },
      ]);
      // Importing the same file again creates nothing.
      const again = await importLeads(admin.claims, org, { csv: streamOf(csv) });
      expect(again).toMatchObject({ created: 0, skipped_existing: 3, contacts_created: 0 });
    },
  );

  it("stores formula-looking cells as the text they are", async () => {
    const org = await newOrg("Formulas");
    const csv =
      'Company,Domain,Notes,Phone\n"=HYPERLINK(""http://evil.test"")",f.test,@SUM(A1),+1 555 0100\n';
    await importLeads(admin.claims, org, { csv: streamOf(csv) });
    const lead = await asServiceRole((tx) =>
      tx
        .selectFrom("scraped_leads")
        .select(["company", "notes", "phone", "website"])
        .where("org_id", "=", org)
        .executeTakeFirstOrThrow(),
    );
    expect(lead).toEqual({
      company: '=HYPERLINK("http://evil.test")',
      notes: "@SUM(A1)",
      phone: "+1 555 0100",
      website: "https://f.test",
    });
  });

  it("checks the mapping against the header, and refuses viewers", async () => {
    const csv = "Firm,Site\nAcme,acme.test\n";
    const bad = await refusal(
      importLeads(admin.claims, orgId, {
        csv: streamOf(csv),
        mapping: { company: "Company", website: "Site" },
      }),
    );
    expect(bad.fields).toEqual({ "mapping.company": ['The file has no column named "Company"'] });
    const noDomain = await refusal(
      importLeads(admin.claims, orgId, { csv: streamOf(csv), mapping: { company: "Firm" } }),
    );
    expect(Object.keys(noDomain.fields ?? {})).toEqual(["mapping.domain"]);
    const viewerErr = await refusal(
      importLeads(viewer.claims, orgId, { csv: streamOf(csv), mapping: { website: "Site" } }),
    );
    expect(viewerErr.code).toBe("forbidden");
  });

  it("imports 100,000 rows streamed from a generator (never a whole string) in one go", async () => {
    const org = await newOrg("Big file");
    const report = await importLeads(admin.claims, org, { csv: bigCsv(100_000) });
    expect(report).toMatchObject({ rows: 100_000, created: 100_000, duplicates_in_file: 0 });
    expect((await counts(org)).leads).toBe(100_000);
  }, 300_000);

  it("takes a slow upload whole before its transaction: the database serves others meanwhile", async () => {
    const org = await newOrg("Slow upload");
    let finish!: () => void;
    const arrived = new Promise<void>((resolve) => (finish = resolve));
    async function* slowUpload(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode("Company,Website\nSlow,slow.test\n");
      await arrived; // the rest of the file is still on the wire
      yield new TextEncoder().encode("Later,later.test\n");
    }
    const importing = importLeads(admin.claims, org, { csv: slowUpload() });
    // On PGlite every request shares one session: an import that opened its transaction while the
    // upload trickled in would hold it, and this read would wait until the upload ended.
    expect((await counts(org)).leads).toBe(0);
    finish();
    expect(await importing).toMatchObject({ rows: 2, created: 2 });
  });

  it("gives up on an upload that does not arrive in time, writing nothing", async () => {
    const org = await newOrg("Stalled upload");
    async function* stalled(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode("Company,Website\nStalled,stalled.test\n");
      await new Promise(() => {}); // a client that stops sending
    }
    const err = await refusal(
      importLeads(admin.claims, org, { csv: stalled(), uploadDeadlineMs: 200 }),
    );
    expect(err.code).toBe("bad_request");
    expect(err.message).toMatch(/did not arrive within 0.2 s/);
    expect((await counts(org)).leads).toBe(0);
  });

  it("refuses a file over the byte cap as it streams, writing nothing", async () => {
    const org = await newOrg("Too big");
    const csv = "Company,Website\n" + "Acme,acme.test\n".repeat(100);
    const err = await refusal(
      importLeads(admin.claims, org, { csv: streamOf(csv), maxBytes: 500 }),
    );
    expect(err.code).toBe("payload_too_large");
    expect((await counts(org)).leads).toBe(0);
  });
});
