import { asServiceRole } from "@/lib/db";
import {
  createForm,
  issueFormToken,
  MIN_SUBMIT_MS,
  type CreateFormInput,
  type InboundForm,
} from "@/lib/inbound";
import { createOrganization } from "@/lib/orgs";
import { createUser, type TestUser } from "../orgs/fixtures";

export interface InboundOrg {
  orgId: string;
  admin: TestUser;
  member: TestUser;
  viewer: TestUser;
}

/** An organization with one user of each role. */
export async function inboundOrg(name = "Inbound Co"): Promise<InboundOrg> {
  const admin = await createUser("inbound-admin");
  const member = await createUser("inbound-member");
  const viewer = await createUser("inbound-viewer");
  const orgId = (await createOrganization(admin.claims, { name })).id;
  await asServiceRole((tx) =>
    tx
      .insertInto("team_members")
      .values([
        { org_id: orgId, user_id: member.id, role: "member" },
        { org_id: orgId, user_id: viewer.id, role: "viewer" },
      ])
      .execute(),
  );
  return { orgId, admin, member, viewer };
}

export function makeForm(
  org: InboundOrg,
  input: Partial<CreateFormInput> = {},
): Promise<InboundForm> {
  return createForm(org.admin.claims, org.orgId, {
    name: "Contact us",
    fields: ["name", "email", "company", "website", "phone", "message", "file"],
    recipients: [org.admin.email],
    ...input,
  });
}

/** A page token as if the page had been served long enough ago for a person to fill it in. */
export const humanToken = (formId: string) =>
  issueFormToken(formId, Date.now() - MIN_SUBMIT_MS - 1000);

let ipCounter = 0;
/** A different client address per call, so the per-IP limit only bites where a test means it. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}`;
}

/** POSTs to the public endpoint as Next would hand it to the route. */
export async function post(
  slug: string,
  body: FormData | Record<string, unknown>,
  opts: { ip?: string; accept?: string } = {},
): Promise<Response> {
  const { POST } = await import("@/app/api/public/forms/[slug]/route");
  const json = !(body instanceof FormData);
  const req = new Request(`http://127.0.0.1:3000/api/public/forms/${slug}`, {
    method: "POST",
    headers: {
      "x-forwarded-for": opts.ip ?? freshIp(),
      accept: opts.accept ?? "application/json",
      ...(json && { "content-type": "application/json" }),
    },
    body: json ? JSON.stringify(body) : body,
  });
  return POST(req, { params: Promise.resolve({ slug }) });
}

/** The development mailbox's messages to an address. */
export function mailTo(address: string) {
  return asServiceRole((tx) =>
    tx
      .selectFrom("dev_mail")
      .select(["subject", "text_body", "to_address"])
      .where("to_address", "=", address)
      .orderBy("created_at")
      .execute(),
  );
}
