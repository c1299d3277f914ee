import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import {
  HONEYPOT_FIELD,
  TOKEN_FIELD,
  issueFormToken,
  LocalFileStore,
  openErrors,
  updateForm,
  type InboundForm,
} from "@/lib/inbound";
import { MemoryRateLimiter, setRateLimiter } from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { DOCX, EXE, PDF, pdfOfSize } from "./fixtures";
import { humanToken, inboundOrg, mailTo, makeForm, post, type InboundOrg } from "./world";

useTestDb();

let org: InboundOrg;
let form: InboundForm;

beforeAll(async () => {
  org = await inboundOrg();
  form = await makeForm(org);
});
beforeEach(() => setRateLimiter(new MemoryRateLimiter()));

const leadsOf = (email: string) =>
  asServiceRole((tx) =>
    tx
      .selectFrom("scraped_leads")
      .selectAll()
      .where("org_id", "=", org.orgId)
      .where("email", "=", email)
      .execute(),
  );

function multipart(
  fields: Record<string, string>,
  file?: { bytes: Uint8Array; name: string; type: string },
) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set("file", new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
  return fd;
}

describe("a good submission", () => {
  it("makes an inbound lead and contact, keeps the file, and mails the prospect and the recipients", async () => {
    const res = await post(
      form.slug,
      multipart(
        {
          name: "Jane Doe",
          email: "Jane@Acme.example",
          company: "Acme",
          website: "www.acme.example/about",
          message: "We need leads",
          [TOKEN_FIELD]: humanToken(form.id),
        },
        // A PDF named like an image: its content decides, so it is kept as the PDF it is.
        { bytes: PDF, name: "brief.png", type: "image/png" },
      ),
    );
    expect(res.status, await res.clone().text()).toBe(202);
    const [lead] = await leadsOf("jane@acme.example");
    expect(lead).toMatchObject({
      name: "Jane Doe",
      company: "Acme",
      domain: "acme.example",
      website: "https://www.acme.example",
      tags: ["inbound"],
    });
    expect(lead!.sources).toEqual([expect.objectContaining({ kind: "inbound", form_id: form.id })]);

    const contacts = await asServiceRole((tx) =>
      tx.selectFrom("contacts").selectAll().where("lead_id", "=", lead!.id).execute(),
    );
    expect(contacts).toEqual([
      expect.objectContaining({
        email: "jane@acme.example",
        name: "Jane Doe",
        dedupe_key: "email:jane@acme.example",
      }),
    ]);

    const [submission] = await asServiceRole((tx) =>
      tx.selectFrom("inbound_submissions").selectAll().where("lead_id", "=", lead!.id).execute(),
    );
    expect(submission).toMatchObject({
      file_type: "pdf",
      file_name: "brief.pdf",
      file_size: PDF.length,
    });
    expect(await new LocalFileStore().get(submission!.file_key!)).toEqual(PDF);

    const [confirmation] = await mailTo("jane@acme.example");
    expect(confirmation!.subject).toBe("Inbound Co received your message");
    const [notice] = await mailTo(org.admin.email);
    expect(notice!.subject).toContain("jane@acme.example");
    expect(notice!.text_body).toContain("Message: We need leads");
  });

  it("sent again by the same person, updates the one lead rather than adding another", async () => {
    const body = { email: "repeat@acme.example", [TOKEN_FIELD]: humanToken(form.id) };
    expect((await post(form.slug, body)).status).toBe(202);
    expect((await post(form.slug, { ...body, company: "Acme Two" })).status).toBe(202);
    const leads = await leadsOf("repeat@acme.example");
    expect(leads).toHaveLength(1);
    expect(leads[0]!.company).toBe("Acme Two");
    expect(leads[0]!.sources).toHaveLength(2);
  });

  it("accepts a DOCX by its content", async () => {
    const res = await post(
      form.slug,
      multipart(
        { email: "docx@acme.example", [TOKEN_FIELD]: humanToken(form.id) },
        { bytes: DOCX, name: "proposal", type: "application/octet-stream" },
      ),
    );
    expect(res.status).toBe(202);
  });
});

describe("refused submissions", () => {
  it("lists every field error at once, and writes nothing", async () => {
    const res = await post(form.slug, {
      email: "not-an-email",
      website: "javascript:alert(1)",
      phone: "call me maybe",
      name: "x".repeat(201),
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(["email", "name", "phone", "website"]);
  });

  it("refuses an executable named .pdf, and a file one byte over 10 MB", async () => {
    const exe = await post(
      form.slug,
      multipart(
        { email: "exe@acme.example", [TOKEN_FIELD]: humanToken(form.id) },
        { bytes: EXE, name: "invoice.pdf", type: "application/pdf" },
      ),
    );
    expect(exe.status).toBe(422);
    expect(
      ((await exe.json()) as { error: { fields: { file: string[] } } }).error.fields.file,
    ).toEqual(["Attach a PDF, DOCX, PNG or JPG file"]);
    const big = await post(
      form.slug,
      multipart(
        { email: "big@acme.example", [TOKEN_FIELD]: humanToken(form.id) },
        { bytes: pdfOfSize(10 * 1024 * 1024 + 1), name: "big.pdf", type: "application/pdf" },
      ),
    );
    expect(big.status).toBe(422);
    expect(
      ((await big.json()) as { error: { fields: { file: string[] } } }).error.fields.file,
    ).toEqual(["The file is larger than 10 MB"]);
    expect(await leadsOf("exe@acme.example")).toEqual([]);
    expect(await leadsOf("big@acme.example")).toEqual([]);
  });

  it("refuses a body over the cap before reading it whole", async () => {
    const res = await post(
      form.slug,
      multipart(
        { email: "huge@acme.example", [TOKEN_FIELD]: humanToken(form.id) },
        { bytes: pdfOfSize(11 * 1024 * 1024), name: "huge.pdf", type: "application/pdf" },
      ),
    );
    expect(res.status).toBe(413);
  });

  it("drops a submission whose honeypot is filled, answering as if it were taken", async () => {
    const res = await post(form.slug, {
      email: "bot@spam.example",
      [HONEYPOT_FIELD]: "http://spam.example",
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(res.status).toBe(202);
    expect(await leadsOf("bot@spam.example")).toEqual([]);
    expect(await mailTo("bot@spam.example")).toEqual([]);
  });

  it("refuses a submission sent faster than a person types, or without the page's token", async () => {
    const fast = await post(form.slug, {
      email: "fast@acme.example",
      [TOKEN_FIELD]: issueFormToken(form.id),
    });
    expect(fast.status).toBe(422);
    const body = (await fast.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields[TOKEN_FIELD]![0]).toMatch(/too quickly/);
    const none = await post(form.slug, { email: "fast@acme.example" });
    expect(none.status).toBe(422);
    expect(await leadsOf("fast@acme.example")).toEqual([]);
  });

  it("answers 404 for a disabled or unknown form", async () => {
    const off = await makeForm(org, { name: "Old form" });
    const { id, name, fields, recipients } = off;
    await updateForm(org.admin.claims, org.orgId, { id, name, fields, recipients, enabled: false });
    const token = humanToken(off.id);
    expect((await post(off.slug, { email: "a@acme.example", [TOKEN_FIELD]: token })).status).toBe(
      404,
    );
    expect((await post("no-such-form", { email: "a@acme.example" })).status).toBe(404);
    expect((await post("../../etc", { email: "a@acme.example" })).status).toBe(404);
  });

  it("limits each address to 10 submissions in 10 minutes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await post(
        form.slug,
        { email: `burst${i}@acme.example`, [TOKEN_FIELD]: humanToken(form.id) },
        { ip: "203.0.113.9" },
      );
      statuses.push(res.status);
      if (i === 10) {
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(res.headers.get("x-ratelimit-limit")).toBe("10");
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not held back by the first one's burst.
    const other = await post(form.slug, {
      email: "calm@acme.example",
      [TOKEN_FIELD]: humanToken(form.id),
    });
    expect(other.status).toBe(202);
  });

  it("sends a browser without JavaScript back to the page, with its errors or its thank-you", async () => {
    const html = "text/html,application/xhtml+xml";
    const bad = await post(
      form.slug,
      { email: "nope", [TOKEN_FIELD]: humanToken(form.id) },
      { accept: html },
    );
    expect(bad.status).toBe(303);
    const errors = new URL(bad.headers.get("location")!, "http://x").searchParams.get("errors")!;
    expect(openErrors(errors), errors).toHaveProperty("email");
    // A crafted link's text is not shown: only what this server signed.
    const forged = Buffer.from(JSON.stringify({ _: ["Call +1 555 0100"] })).toString("base64url");
    expect(openErrors(`${forged}.x`)).toEqual({});
    const good = await post(
      form.slug,
      { email: "nojs@acme.example", [TOKEN_FIELD]: humanToken(form.id) },
      { accept: html },
    );
    expect(good.headers.get("location")).toBe(`/f/${form.slug}?sent=1`);
  });
});
