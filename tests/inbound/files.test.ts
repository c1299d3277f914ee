import { beforeAll, describe, expect, it } from "vitest";
import {
  FILE_LINK_TTL_MS,
  LocalFileStore,
  TOKEN_FIELD,
  deleteForm,
  listSubmissions,
  readSubmissionFile,
  signFileLink,
} from "@/lib/inbound";
import { deleteOrganization } from "@/lib/erasure";
import { MemoryRateLimiter, setRateLimiter } from "@/lib/ratelimit";
import { useTestDb } from "../helpers/db";
import { PNG } from "./fixtures";
import { humanToken, inboundOrg, makeForm, post, type InboundOrg } from "./world";

useTestDb();

let org: InboundOrg;
let other: InboundOrg;
let submissionId: string;
let link: URL;

beforeAll(async () => {
  setRateLimiter(new MemoryRateLimiter());
  org = await inboundOrg("Files Co");
  other = await inboundOrg("Elsewhere Co");
  const form = await makeForm(org);
  const fd = new FormData();
  fd.set("email", "files@acme.example");
  fd.set(TOKEN_FIELD, humanToken(form.id));
  fd.set("file", new Blob([PNG], { type: "image/png" }), "../../logo.png");
  expect((await post(form.slug, fd)).status).toBe(202);
  const [s] = await listSubmissions(org.member.claims, org.orgId, { formId: form.id });
  submissionId = s!.id;
  expect(s!.file).toMatchObject({ name: "logo.png", type: "png", size: PNG.length });
  link = new URL(s!.file!.url, "http://x");
});

const read = (
  claims: Parameters<typeof readSubmissionFile>[0],
  exp: string | null,
  sig: string | null,
) => readSubmissionFile(claims, submissionId, exp, sig);

describe("attachment downloads", () => {
  it("go with their form: deleting it deletes the files", async () => {
    const form = await makeForm(org, { name: "Short lived" });
    const fd = new FormData();
    fd.set("email", "gone@acme.example");
    fd.set(TOKEN_FIELD, humanToken(form.id));
    fd.set("file", new Blob([PNG], { type: "image/png" }), "gone.png");
    expect((await post(form.slug, fd)).status).toBe(202);
    const [s] = await listSubmissions(org.admin.claims, org.orgId, { formId: form.id });
    const key = `${org.orgId}/${s!.id}`;
    expect(await new LocalFileStore().get(key)).toEqual(PNG);
    await deleteForm(org.admin.claims, org.orgId, { id: form.id });
    expect(await new LocalFileStore().get(key)).toBeNull();
  });

  it("go with their organization: deleting it deletes its files, and no one else's", async () => {
    const doomed = await inboundOrg("Doomed Co");
    const sendFile = async (o: InboundOrg) => {
      const form = await makeForm(o, { name: "Attach" });
      const fd = new FormData();
      fd.set("email", "erase@acme.example");
      fd.set(TOKEN_FIELD, humanToken(form.id));
      fd.set("file", new Blob([PNG], { type: "image/png" }), "erase.png");
      expect((await post(form.slug, fd)).status).toBe(202);
      const [s] = await listSubmissions(o.admin.claims, o.orgId, { formId: form.id });
      return `${o.orgId}/${s!.id}`;
    };
    const doomedKey = await sendFile(doomed);
    const keptKey = await sendFile(other);
    expect(await new LocalFileStore().get(doomedKey)).toEqual(PNG);
    await deleteOrganization(doomed.admin.claims, doomed.orgId, { confirm: "Doomed Co" });
    expect(await new LocalFileStore().get(doomedKey)).toBeNull();
    expect(await new LocalFileStore().get(keptKey)).toEqual(PNG);
  });

  it("a member of the organization downloads the file through its signed link", async () => {
    const q = link.searchParams;
    for (const user of [org.admin, org.member, org.viewer]) {
      const file = await read(user.claims, q.get("exp"), q.get("sig"));
      expect(file).toEqual({ bytes: PNG, name: "logo.png", contentType: "image/png" });
    }
  });

  it("another organization's member gets nothing, even with a genuine link", async () => {
    const q = link.searchParams;
    await expect(read(other.admin.claims, q.get("exp"), q.get("sig"))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listSubmissions(other.admin.claims, org.orgId)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("an expired or altered link is refused", async () => {
    const old = signFileLink(submissionId, Date.now() - FILE_LINK_TTL_MS - 1000);
    await expect(read(org.admin.claims, old.exp, old.sig)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/expired/),
    });
    const q = link.searchParams;
    await expect(
      read(org.admin.claims, String(Number(q.get("exp")) + 60_000), q.get("sig")),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(read(org.admin.claims, q.get("exp"), null)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
