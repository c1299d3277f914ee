import { randomUUID } from "node:crypto";
import { asServiceRole, type JwtClaims } from "@/lib/db";
import { completeCrmConnect, startCrmConnect } from "@/lib/crm";
import { resetEnvForTests } from "@/lib/env";
import { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { SalesforceServer } from "@/tests/fakes/salesforce/server";

// What CRM tests share: a local HubSpot and a local Salesforce the app is configured for (env), a
// connect that goes through the real authorize page and callback parameters, and a job with many
// leads and their contacts written the way the pipeline writes them.

export const HUBSPOT_APP = { clientId: "leadscout-test-app", clientSecret: "hs-test-secret" };

export async function startHubSpot(): Promise<HubSpotServer> {
  const hs = new HubSpotServer(HUBSPOT_APP);
  const url = await hs.start();
  process.env.HUBSPOT_CLIENT_ID = HUBSPOT_APP.clientId;
  process.env.HUBSPOT_CLIENT_SECRET = HUBSPOT_APP.clientSecret;
  process.env.HUBSPOT_API_BASE = url;
  process.env.HUBSPOT_AUTHORIZE_URL = `${url}/oauth/authorize`;
  resetEnvForTests();
  return hs;
}

/**
 * Admin's browser: start, open HubSpot's page, grant, follow the redirect's code and state.
 * `scope` replaces the scopes granted (a connection made when the app asked for fewer).
 */
export async function connectHubSpot(claims: JwtClaims, orgId: string, scope?: string) {
  return connectThroughConsent(claims, orgId, "hubspot", "/oauth/authorize/grant", (url) => ({
    scope: scope ?? url.searchParams.get("scope")!,
  }));
}

/**
 * The OAuth dance both local CRMs play: start the connect, load the consent page, post its grant
 * form (plus `extra` fields), take the code and state from the redirect and complete.
 */
async function connectThroughConsent(
  claims: JwtClaims,
  orgId: string,
  provider: "hubspot" | "salesforce",
  grantPath: string,
  extra: (authorizeUrl: URL) => Record<string, string> = () => ({}),
) {
  const { authorizeUrl } = await startCrmConnect(claims, orgId, provider);
  const page = await fetch(authorizeUrl);
  if (page.status !== 200) throw new Error(`authorize page answered ${page.status}`);
  const url = new URL(authorizeUrl);
  const grant = await fetch(new URL(grantPath, url), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      redirect_uri: url.searchParams.get("redirect_uri")!,
      state: url.searchParams.get("state")!,
      ...extra(url),
    }).toString(),
  });
  const back = new URL(grant.headers.get("location")!);
  const params = { state: back.searchParams.get("state")!, code: back.searchParams.get("code")! };
  return { params, result: await completeCrmConnect(claims, params) };
}

/**
 * A job with `leads` company leads on their own domains, each with `perLead` contacts that have
 * an email; every 100th lead also has one person without an email.
 */
export async function seedJob(orgId: string, userId: string, leads: number, perLead: number) {
  return asServiceRole(async (tx) => {
    const job = await tx
      .insertInto("scraping_jobs")
      .values({ org_id: orgId, created_by: userId, type: "bulk", status: "completed" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const leadRows: { id: string; domain: string }[] = [];
    for (let i = 0; i < leads; i += 500) {
      const part = Array.from({ length: Math.min(500, leads - i) }, (_, k) => {
        const n = i + k;
        const domain = `lead-${n}-${randomUUID().slice(0, 6)}.test`;
        return {
          org_id: orgId,
          job_id: job.id,
          dedupe_key: domain,
          domain,
          company: `Company ${n}`,
          website: `https://${domain}`,
          score: n % 100,
          status: "warm" as const,
          source_url: `https://${domain}/about`,
          linkedin_url: `https://www.linkedin.com/company/c${n}`,
        };
      });
      leadRows.push(
        ...(
          await tx.insertInto("scraped_leads").values(part).returning(["id", "domain"]).execute()
        ).map((r) => ({ id: r.id, domain: r.domain! })),
      );
    }
    const contacts = leadRows.flatMap((lead, n) => [
      ...Array.from({ length: perLead }, (_, k) => ({
        org_id: orgId,
        lead_id: lead.id,
        dedupe_key: `email:p${k}@${lead.domain}`,
        name: `Person${k} Lead${n}`,
        title: "Head of Sales",
        email: `p${k}@${lead.domain}`,
        domain: lead.domain,
        first_job_id: job.id,
        job_id: job.id,
      })),
      ...(n % 100 === 0
        ? [
            {
              org_id: orgId,
              lead_id: lead.id,
              dedupe_key: `name:${lead.domain}|no mail`,
              name: "No Mail",
              title: null,
              email: null,
              domain: lead.domain,
              first_job_id: job.id,
              job_id: job.id,
            },
          ]
        : []),
    ]);
    for (let i = 0; i < contacts.length; i += 1000)
      await tx
        .insertInto("contacts")
        .values(contacts.slice(i, i + 1000))
        .execute();
    return { jobId: job.id, leads: leadRows, contacts: contacts.length };
  });
}

export const SALESFORCE_APP = { clientId: "3MVG9leadscout.test", clientSecret: "sf-test-secret" };

/** A local Salesforce the app is configured for (SALESFORCE_* env); `instanceUrl` overrides. */
export async function startSalesforce(instanceUrl?: string): Promise<SalesforceServer> {
  const sf = new SalesforceServer({ ...SALESFORCE_APP, instanceUrl });
  const url = await sf.start();
  process.env.SALESFORCE_CLIENT_ID = SALESFORCE_APP.clientId;
  process.env.SALESFORCE_CLIENT_SECRET = SALESFORCE_APP.clientSecret;
  process.env.SALESFORCE_LOGIN_URL = url;
  resetEnvForTests();
  return sf;
}

/** Admin's browser: start, open Salesforce's "Allow Access?" page, allow, follow the redirect. */
export async function connectSalesforce(claims: JwtClaims, orgId: string) {
  return connectThroughConsent(claims, orgId, "salesforce", "/services/oauth2/authorize/grant");
}

/**
 * Keeps everything the process writes to stdout and stderr from now on, still passing it through,
 * so a test can look for tokens in the logs; `restore` puts the streams back.
 */
export function captureOutput(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: unknown, ...rest: never[]) => {
    chunks.push(String(chunk));
    return out(chunk as string, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown, ...rest: never[]) => {
    chunks.push(String(chunk));
    return err(chunk as string, ...rest);
  }) as typeof process.stderr.write;
  return {
    text: () => chunks.join(""),
    restore: () => {
      process.stdout.write = out;
      process.stderr.write = err;
    },
  };
}
