import { sql } from "kysely";
import { createApiKey } from "@/lib/api-keys";
import { asServiceRole } from "@/lib/db";
import { getDb } from "@/lib/db/client";
import { createJob } from "@/lib/jobs";
import { acceptInvitation, createOrganization, inviteMember } from "@/lib/orgs";
import { createWebhook } from "@/lib/webhooks";
import { createUser, tokenOf, type TestUser } from "../orgs/fixtures";

/**
 * An organization with something in every corner: members, a pending invitation, a running job
 * (with its URLs, credit hold and executor events), leads with enrichment, an API key, a webhook
 * with a delivery, a Stripe subscription, a processed Stripe event, a credit purchase and its
 * audit log — what a deletion must leave nothing of.
 */
export async function populatedOrganization(name = "Doomed Co") {
  const admin = await createUser("admin");
  const org = await createOrganization(admin.claims, { name });
  await asServiceRole((tx) =>
    tx
      .updateTable("subscriptions")
      .set({ plan: "pro", stripe_customer_id: `cus_test_${org.id.slice(0, 8)}` })
      .where("org_id", "=", org.id)
      .execute(),
  );
  const member = await join(admin, org.id, "member");
  await inviteMember(admin.claims, org.id, {
    email: `pending-${org.id.slice(0, 8)}@example.test`,
    role: "viewer",
  });
  const job = await createJob(admin.claims, org.id, {
    type: "bulk",
    urls: ["https://example.com/a", "https://example.org/b"],
  });
  await createApiKey(admin.claims, { orgId: org.id, name: "CI", scopes: ["read"] });
  const hook = await createWebhook(admin.claims, org.id, { url: "http://127.0.0.1:9/hook" });
  await asServiceRole(async (tx) => {
    const lead = await tx
      .insertInto("scraped_leads")
      .values({ org_id: org.id, dedupe_key: `lead-${org.id}`, job_id: job.id } as never)
      .returning("id")
      .executeTakeFirstOrThrow();
    // What the pipeline's first step writes (no executor runs in this test).
    await sql`insert into public.job_urls (job_id, org_id, url, status)
      values (${job.id}, ${org.id}, 'https://example.com/a', 'processing')`.execute(tx);
    await sql`insert into public.lead_enrichment (lead_id, org_id, provider, type)
      values (${lead.id}, ${org.id}, 'website', 'company')`.execute(tx);
    await sql`insert into public.webhook_deliveries (webhook_id, org_id, event_id, event_type, url, attempt, request_body)
      values (${hook.id}, ${org.id}, 'evt', 'job.completed', 'http://127.0.0.1:9/hook', 1, '{}')`.execute(
      tx,
    );
    await sql`insert into public.stripe_events (id, type, org_id, stripe_created, outcome)
      values (${`evt_${org.id}`}, 'invoice.paid', ${org.id}, now(), 'applied')`.execute(tx);
    await sql`insert into public.credit_purchases (org_id, checkout_session_id, pack, credits)
      values (${org.id}, ${`cs_${org.id}`}, '1k', 1000)`.execute(tx);
  });
  return { admin, member, org, job, hook };
}

export async function join(
  admin: TestUser,
  orgId: string,
  role: "admin" | "member" | "viewer",
): Promise<TestUser> {
  const u = await createUser(role);
  const result = await inviteMember(admin.claims, orgId, { email: u.email, role });
  if (result.delivery !== "link") throw new Error("expected a link (no SMTP in this test)");
  await acceptInvitation(u.claims, tokenOf(result.link));
  return u;
}

/**
 * Every row, in every table of every schema but the system ones, whose text mentions `needle`:
 * tables come from information_schema, so a table added later is searched too.
 */
export async function rowsMentioning(
  needle: string,
): Promise<{ table: string; row: Record<string, unknown> }[]> {
  // As the database owner, not the service role: some tables grant the service role nothing.
  const db = await getDb();
  return db.transaction().execute(async (tx) => {
    const { rows: tables } = await sql<{ table_schema: string; table_name: string }>`
      select table_schema, table_name from information_schema.tables
      where table_type = 'BASE TABLE'
        and table_schema not in ('pg_catalog', 'information_schema')
        and table_schema not like 'pg\\_%'
      order by 1, 2`.execute(tx);
    if (tables.length < 20) throw new Error(`only ${tables.length} tables found`);
    const found: { table: string; row: Record<string, unknown> }[] = [];
    for (const t of tables) {
      const { rows } = await sql<{ r: Record<string, unknown> }>`
        select to_jsonb(x) as r from ${sql.table(`${t.table_schema}.${t.table_name}`)} x
        where x::text like ${`%${needle}%`}`.execute(tx);
      for (const r of rows) found.push({ table: `${t.table_schema}.${t.table_name}`, row: r.r });
    }
    return found;
  });
}
