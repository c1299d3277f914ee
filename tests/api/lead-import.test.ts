import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/lead-import";
import { useTestDb } from "../helpers/db";
import { dispatch } from "./harness/routes";
import { bearer, createApiOrg, useUnlimited, type ApiOrg } from "./harness/world";

useTestDb();

let org: ApiOrg;

function post(query: string, body: BodyInit, headers: Record<string, string> = {}) {
  return dispatch(
    new Request(`http://api.test/api/v1/leads/import${query}`, {
      method: "POST",
      headers: { ...bearer(org.keys.all), "content-type": "text/csv", ...headers },
      body,
      // A stream body needs half-duplex in undici.
      ...(body instanceof ReadableStream && { duplex: "half" }),
    } as RequestInit),
  );
}

const leadCount = () =>
  asServiceRole(async (tx) =>
    Number(
      (
        await tx
          .selectFrom("scraped_leads")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("org_id", "=", org.orgId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  );

beforeAll(async () => {
  useUnlimited();
  org = await createApiOrg();
});

describe("POST /api/v1/leads/import", () => {
  it("imports with headers guessed when no mapping is given, and answers 201 with the report", async () => {
    const res = await post(
      "",
      "Company,Website,Name,Email\nAcme,acme.api.test,Ann Lee,ann@acme.api.test\n",
    );
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.data).toEqual({
      rows: 1,
      created: 1,
      skipped_existing: 0,
      duplicates_in_file: 0,
      contacts_created: 1,
      blank_rows: 0,
    });
  });

  it("answers 422 with every row error and its row number, and writes nothing", async () => {
    const before = await leadCount();
    const csv = "Firm,Site,Mail\nOk,ok.api.test,\nBad,nope,\nWorse,worse.api.test,not-mail\n";
    const res = await post("?company=Firm&website=Site&email=Mail", csv);
    expect(res.status).toBe(422);
    const json = await res.json();
    expect(json.error.code).toBe("validation_failed");
    expect(json.error.details.error_count).toBe(2);
    expect(json.error.details.errors).toEqual([
      { row: 3, field: "website", column: "Site", message: "Must be a website address" },
      { row: 4, field: "email", column: "Mail", message: "Must be an email address" },
    ]);
    expect(await leadCount()).toBe(before);
  });

  it("refuses an unknown mapping parameter or a header the file lacks with 422", async () => {
    const unknown = await post("?colour=Red", "Website\na.api.test\n");
    expect(unknown.status).toBe(422);
    const missing = await post("?website=URL", "Website\na.api.test\n");
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.fields).toEqual({
      "mapping.website": ['The file has no column named "URL"'],
    });
  });

  it("answers 413 for a declared length over the cap, and for a stream that runs past it", async () => {
    const declared = await post("", "Website\na.api.test\n", {
      "content-length": String(MAX_IMPORT_BYTES + 1),
    });
    expect(declared.status).toBe(413);
    const before = await leadCount();
    // No length declared: the reader counts the bytes and stops at the cap.
    let sent = 0;
    const line = new TextEncoder().encode("Over Co,over.api.test\n".padEnd(1024, " "));
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("Company,Website\n"));
      },
      pull(c) {
        sent += line.byteLength;
        if (sent > MAX_IMPORT_BYTES + 4 * 1024 * 1024) return c.close();
        c.enqueue(line);
      },
    });
    const streamed = await post("", endless);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
    expect(await leadCount()).toBe(before);
  }, 120_000);

  it("answers 400 for a body that is not CSV", async () => {
    const res = await post("", '{"a":1}', { "content-type": "application/json" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/text\/csv/);
  });

  it("refuses a key without the write scope", async () => {
    const res = await post("", "Website\nr.api.test\n", bearer(org.keys.read));
    expect(res.status).toBe(403);
  });
});
