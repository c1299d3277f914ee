import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asServiceRole } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { closeMcpConnections } from "@/lib/mcp";
import {
  cancelJob,
  createJob,
  getJob,
  listJobUrls,
  parseUrlCsv,
  urlsFromCsvOrThrow,
} from "@/lib/jobs";
import { useExecutorDb } from "../inngest/harness";
import { serveCopy, serveForeignSitemap, loadCorpus, type ServedSite } from "./fixture-web";
import { createOrg, creditsOf, ledgerOf, type TestOrg } from "./world";

vi.hoisted(() => {
  // Only loopback IPv4 is allowed (the fixture sites); every other private target must be refused.
  process.env.SSRF_ALLOWLIST = "127.0.0.1";
});
useExecutorDb();

let org: TestOrg;
let other: TestOrg;
let site: ServedSite;
let foreign: ServedSite;
beforeAll(async () => {
  org = await createOrg(100);
  other = await createOrg(100);
  site = await serveCopy(
    loadCorpus().find((s) => s.pages.size >= 3)!,
    1,
  );
  foreign = await serveForeignSitemap(new URL(site.url).origin);
}, 60_000);
afterAll(async () => {
  await closeMcpConnections();
  await site?.close();
  await foreign?.close();
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Nothing was written for `o`: no job, the balance untouched, no ledger row beyond the grant. */
async function nothingWritten(o: TestOrg, balance = 100) {
  const jobs = await asServiceRole((tx) =>
    tx.selectFrom("scraping_jobs").select("id").where("org_id", "=", o.orgId).execute(),
  );
  expect(jobs).toHaveLength(0);
  expect(await creditsOf(o.orgId)).toEqual({ balance, reserved: 0 });
  expect((await ledgerOf(o.orgId)).map((t) => t.kind)).toEqual(["grant"]);
}

describe("job creation refuses bad input with every problem named, writing nothing", () => {
  it("an empty list, 10,001 URLs, junk and private targets", async () => {
    const empty = await refusal(createJob(org.claims, org.orgId, { type: "bulk", urls: [] }));
    expect(empty.code).toBe("validation_failed");
    expect(empty.fields?.urls).toEqual(["urls must hold at least one URL"]);

    const many = Array.from({ length: 10_001 }, (_, i) => `https://site-${i}.example.com`);
    const tooMany = await refusal(createJob(org.claims, org.orgId, { type: "bulk", urls: many }));
    expect(tooMany.fields?.urls?.[0]).toMatch(/at most 10,000 URLs/);

    const bad = await refusal(
      createJob(org.claims, org.orgId, {
        type: "bulk",
        urls: [
          "https://acme.com",
          "ftp://files.acme.com",
          "http://10.0.0.8/admin",
          "http://192.168.1.1",
          "http://169.254.169.254/latest/meta-data",
          "http://[::1]:8080",
          "http://localhost:3000",
          "http://intranet/",
          "not a url at all",
        ],
      }),
    );
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(
      ["urls.1", "urls.2", "urls.3", "urls.4", "urls.5", "urls.6", "urls.7", "urls.8"].sort(),
    );
    expect(bad.fields?.["urls.2"]?.[0]).toMatch(/private address/);
    expect(bad.fields?.["urls.4"]?.[0]).toMatch(/169\.254\.169\.254/);
    expect(bad.fields?.["urls.6"]?.[0]).toMatch(/not a public host name/);

    const unknownOption = await refusal(
      createJob(org.claims, org.orgId, {
        type: "single",
        url: "acme.com",
        options: { render: "fast" },
      }),
    );
    expect(Object.keys(unknownOption.fields ?? {})).toEqual(["options.render"]);
    await nothingWritten(org);
  });

  it("a CSV with junk rows lists each bad row by line; a clean one gives normalized, unique URLs", () => {
    const csv =
      "Company,Website\nAcme,acme.com\nBad,ftp://x.org\nNone,\nDup,HTTPS://ACME.com/#top\nInside,http://10.1.2.3\n";
    const parsed = parseUrlCsv(csv);
    expect(parsed.column).toBe("Website");
    expect(parsed.urls).toEqual(["https://acme.com/"]);
    expect(parsed.errors.map((e) => e.row)).toEqual([3, 4, 6]);
    const err = (() => {
      try {
        urlsFromCsvOrThrow(csv);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(err?.code).toBe("validation_failed");
    expect(Object.keys(err?.fields ?? {})).toEqual(["csv.row.3", "csv.row.4", "csv.row.6"]);
    expect(parseUrlCsv("a.com\nb.com\na.com\n").urls).toEqual(["https://a.com/", "https://b.com/"]);
    expect(parseUrlCsv("name;site\nx;y.com", "nope").errors[0]?.message).toMatch(/No column named/);
  });

  it("a sitemap listing another site's pages is refused before anything is written", async () => {
    const err = await refusal(
      createJob(org.claims, org.orgId, {
        type: "sitemap",
        sitemap_url: `${foreign.url}sitemap.xml`,
      }),
    );
    expect(err.code).toBe("validation_failed");
    expect(err.fields?.sitemap_url?.[0]).toMatch(/none of them on 127\.0\.0\.1:\d+/);
    await nothingWritten(org);
  }, 60_000);

  it("a job the balance cannot cover is a 402 with the shortfall, and nothing is held", async () => {
    const urls = Array.from({ length: 60 }, (_, i) => `https://shop-${i}.example.com`);
    const err = await refusal(createJob(org.claims, org.orgId, { type: "bulk", urls }));
    expect(err.code).toBe("insufficient_credits");
    expect(err.status).toBe(402);
    expect(err.details).toEqual({ required: 120, available: 100, shortfall: 20 });
    await nothingWritten(org);
  });

  it("another organization's jobs do not exist for you, and you cannot create jobs in it", async () => {
    const job = await createJob(other.claims, other.orgId, {
      type: "single",
      url: "https://acme.com",
    });
    for (const attempt of [
      getJob(org.claims, org.orgId, job.id),
      getJob(org.claims, other.orgId, job.id),
      cancelJob(org.claims, other.orgId, job.id),
      listJobUrls(org.claims, other.orgId, job.id),
      getJob(org.claims, org.orgId, "not-a-uuid"),
    ])
      expect((await refusal(attempt)).code).toBe("not_found");
    expect(
      (await refusal(createJob(org.claims, other.orgId, { type: "single", url: "acme.com" }))).code,
    ).toBe("not_found");
    await nothingWritten(org);
    expect((await getJob(other.claims, other.orgId, job.id)).status).toBe("pending");
  });
});

describe("sitemap jobs", () => {
  it("take the site's own pages from its sitemap, capped by max_urls, and hold credits for them", async () => {
    const o = await createOrg(100);
    const job = await createJob(o.claims, o.orgId, {
      type: "sitemap",
      sitemap_url: `${site.url}sitemap.xml`,
      max_urls: 3,
      options: { enrich: false },
    });
    expect(job.progress.total_urls).toBe(3);
    expect(job.credits.reserved).toBe(3);
    expect(job.source.sitemap_url).toBe(`${site.url}sitemap.xml`);
  }, 60_000);
});

describe("idempotent creation and cancellation", () => {
  it("the same Idempotency-Key returns the same job; with another body it is a 409", async () => {
    const o = await createOrg(100);
    const body = { type: "bulk", urls: ["acme.com", "https://ACME.com/", "globex.com"] };
    const a = await createJob(o.claims, o.orgId, body, { idempotencyKey: "k-1" });
    const b = await createJob(o.claims, o.orgId, body, { idempotencyKey: "k-1" });
    expect(b.id).toBe(a.id);
    expect(a.progress.total_urls).toBe(2);
    const conflict = await refusal(
      createJob(o.claims, o.orgId, { type: "single", url: "acme.com" }, { idempotencyKey: "k-1" }),
    );
    expect(conflict.code).toBe("idempotency_conflict");
    expect(await creditsOf(o.orgId)).toEqual({ balance: 96, reserved: 4 });
  });

  it("cancelling gives the whole unused hold back, once", async () => {
    const o = await createOrg(100);
    const job = await createJob(o.claims, o.orgId, {
      type: "bulk",
      urls: ["a.example.com", "b.example.com"],
    });
    const cancelled = await cancelJob(o.claims, o.orgId, job.id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.credits).toEqual({ reserved: 4, used: 0, released: 4 });
    expect(await creditsOf(o.orgId)).toEqual({ balance: 100, reserved: 0 });
    expect((await refusal(cancelJob(o.claims, o.orgId, job.id))).code).toBe("conflict");
    expect((await ledgerOf(o.orgId)).map((t) => [t.kind, t.amount])).toEqual([
      ["grant", 100],
      ["reserve", -4],
      ["release", 4],
    ]);
  });
});
