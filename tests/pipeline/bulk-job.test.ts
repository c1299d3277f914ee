import { describe, expect, it, vi } from "vitest";
import { createJob, getJob, listJobUrls } from "@/lib/jobs";
import { useExecutorDb } from "../inngest/harness";
import {
  createOrg,
  creditsOf,
  enrichmentOf,
  jobUrlsOf,
  leadsOf,
  ledgerOf,
  usePipelineWorld,
  waitForJobEnd,
} from "./world";

// Before any import reads the environment: the fixture sites live on loopback.
vi.hoisted(() => {
  process.env.SSRF_ALLOWLIST = "127.0.0.1,localhost";
});
useExecutorDb();

// 50 working sites (the 26-site corpus, then copies with their own domains), 3 blocked, 2 gone.
const world = usePipelineWorld([50, 3, 2]);

describe("a bulk job over 55 loopback sites", () => {
  it("completes; counters, job_urls, leads and the ledger agree; blocked and 404 sites cost nothing", async () => {
    const { orgId, claims } = await createOrg(1_000, "pro");
    // The first site again, spelled differently (scheme case, fragment): normalized away.
    const urls = [...world.web.urls, `${world.web.urls[0]!.replace("http:", "HTTP:")}#team`];
    const created = await createJob(claims, orgId, { type: "bulk", urls }, {});
    expect(created.progress.total_urls).toBe(55); // the duplicate was dropped
    expect(created.credits.reserved).toBe(55 * 2); // scrape + enrich per URL; rules scoring is free
    expect(await creditsOf(orgId)).toEqual({ balance: 1_000 - 110, reserved: 110 });

    const row = await waitForJobEnd(created.id);
    expect(row.status).toBe("completed");
    expect(row.processed_urls).toBe(55);
    const jobUrls = await jobUrlsOf(created.id);
    const by = (s: string) => jobUrls.filter((u) => u.status === s);
    expect(by("completed")).toHaveLength(50);
    expect(by("blocked")).toHaveLength(3);
    expect(by("not_found")).toHaveLength(2);
    expect(row.successful_urls).toBe(50);
    expect(row.failed_urls).toBe(5);

    // Blocked and missing sites were charged nothing.
    const ledger = await ledgerOf(orgId);
    const charges = ledger.filter((t) => t.kind === "charge");
    for (const u of [...by("blocked"), ...by("not_found")]) {
      expect(u.credits_charged).toBe(0);
      expect(charges.some((c) => c.idempotency_key.includes(u.id))).toBe(false);
    }
    // Charged = successful work: one scrape per working site, one enrichment per enriched lead.
    const scrapes = charges.filter((c) => c.idempotency_key.endsWith(":scrape"));
    const enrichments = charges.filter((c) => c.idempotency_key.endsWith(":enrich"));
    expect(scrapes).toHaveLength(50);
    expect(enrichments.length).toBeGreaterThan(0);
    const used = -charges.reduce((s, c) => s + c.amount, 0);
    expect(used).toBe(scrapes.length + enrichments.length);
    expect(row.credits_used).toBe(used);
    expect(jobUrls.reduce((s, u) => s + u.credits_charged, 0)).toBe(used);
    expect(row.credits_used + row.credits_released).toBe(row.credits_reserved);
    expect(await creditsOf(orgId)).toEqual({ balance: 1_000 - used, reserved: 0 });
    const balanceMoves = ledger
      .filter((t) => t.kind !== "charge")
      .reduce((s, t) => s + t.amount, 0);
    expect(balanceMoves).toBe(100 - used); // signup grant, then the hold and its release

    // Leads: one per working site, no duplicates, scored by rules, each tracing back to this job.
    const leads = await leadsOf(orgId);
    expect(new Set(leads.map((l) => l.dedupe_key)).size).toBe(leads.length);
    expect(row.leads_found).toBe(leads.length);
    expect(leads.length).toBeGreaterThanOrEqual(45);
    expect(by("completed").every((u) => u.leads_found === 1)).toBe(true);
    expect(leads.every((l) => l.qualification_method === "rules" && l.score !== null)).toBe(true);
    // Real extraction: most sites' leads are keyed by an address found on them.
    expect(leads.filter((l) => l.email?.includes("@")).length).toBeGreaterThan(35);

    // Enrichment: each lead's addresses were checked (their MX answered by the loopback DNS), and
    // a lead with a named contact had that person looked up on LinkedIn.
    const enrichment = await enrichmentOf(orgId);
    const emailRows = enrichment.filter((e) => e.type === "email");
    const withEmail = leads.filter((l) => l.email);
    expect(emailRows).toHaveLength(withEmail.length);
    for (const lead of withEmail) {
      const row = emailRows.find((e) => e.lead_id === lead.id)!;
      const first = (row.data as { emails: { email: string; checks: { mx: boolean } }[] })
        .emails[0]!;
      expect(first.email).toBe(lead.email);
      // On failure, the whole verification (its reason and attempts) says why the check is open.
      expect(first.checks.mx, JSON.stringify(first)).toBe(true);
    }
    expect(enrichment.filter((e) => e.type === "company").length).toBeGreaterThan(35);

    const view = await getJob(claims, orgId, created.id);
    expect(view.progress).toMatchObject({
      processed_urls: 55,
      processing_urls: 0,
      percent: 100,
      eta_seconds: null,
    });
    const page = await listJobUrls(claims, orgId, created.id, { status: "blocked" });
    expect(page.data.map((u) => u.status)).toEqual(["blocked", "blocked", "blocked"]);
  }, 300_000);

  it("fails only when every URL failed, charging nothing and releasing the whole hold", async () => {
    const { orgId, claims } = await createOrg(100, "free");
    const dead = world.web.sites.filter((x) => x.kind !== "ok").map((x) => x.url);
    const created = await createJob(claims, orgId, { type: "bulk", urls: dead });
    const row = await waitForJobEnd(created.id);
    expect(row).toMatchObject({
      status: "failed",
      processed_urls: 5,
      successful_urls: 0,
      failed_urls: 5,
    });
    expect(row.error).toMatch(/No URL could be scraped/);
    expect(row.credits_used).toBe(0);
    expect(row.credits_released).toBe(row.credits_reserved);
    expect(await creditsOf(orgId)).toEqual({ balance: 100, reserved: 0 });
    expect((await ledgerOf(orgId)).filter((t) => t.kind === "charge")).toHaveLength(0);
  }, 120_000);
});
