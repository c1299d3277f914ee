// The hand-written fixture corpus: ground truth plus a loopback static server, so the
// bench and the test read every page over real HTTP like the crawler does.
import { createServer, type Server } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export const SITES_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/sites");

const ZTrapsSchema = z.object({
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  socials: z.array(z.string()),
});
export const ZSiteTruthSchema = z.object({
  url: z.url(),
  country: z.string().length(2),
  company: z.string().optional(),
  emails: z.array(z.string()),
  phones: z.array(z.string().regex(/^\+\d{6,15}$/)),
  faxes: z.array(z.string()).default([]),
  socials: z.array(z.url()),
  people: z.array(z.object({ name: z.string(), title: z.string().optional() })).default([]),
  scriptBuilt: z.array(z.string()).default([]),
  traps: ZTrapsSchema,
});
export const ZGroundTruthSchema = z.object({ sites: z.record(z.string(), ZSiteTruthSchema) });
export type SiteTruth = z.infer<typeof ZSiteTruthSchema>;

export async function loadGroundTruth(): Promise<Record<string, SiteTruth>> {
  const raw = JSON.parse(await readFile(path.join(SITES_DIR, "ground-truth.json"), "utf8"));
  return ZGroundTruthSchema.parse(raw).sites;
}

/** Pages of a site, root page first (the crawler starts there and learns the site's country from it). */
export async function listPages(site: string): Promise<string[]> {
  const files = (await readdir(path.join(SITES_DIR, site), { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .sort();
  return [...files.filter((f) => f === "index.html"), ...files.filter((f) => f !== "index.html")];
}

/** Serves tests/fixtures/sites on 127.0.0.1 at a free port. */
export async function serveCorpus(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.resolve(SITES_DIR, `.${rel}`);
    if (!file.startsWith(SITES_DIR + path.sep) || !file.endsWith(".html")) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  if (!addr || typeof addr === "string") throw new Error("corpus server has no port");
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

export async function fetchPage(origin: string, site: string, page: string): Promise<string> {
  const res = await fetch(`${origin}/${site}/${page}`);
  if (!res.ok) throw new Error(`GET ${site}/${page}: ${res.status}`);
  return res.text();
}
