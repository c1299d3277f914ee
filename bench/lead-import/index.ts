// pnpm bench:lead-import — imports a generated CSV of BENCH_ROWS leads (default 100,000) into a
// fresh in-memory PGlite (or DATABASE_URL's Postgres) and prints rows/s and memory: the JS heap
// and RSS sampled at every chunk the importer pulls, against the size of the file. The import streams,
// so its heap growth should be a fraction of the file, not a multiple of it.
import { asServiceRole, migrate, openDb, setDb } from "@/lib/db";
import { importLeads } from "@/lib/lead-import";
import { createOrganization } from "@/lib/orgs";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The file, a thousand rows per chunk, as an upload arrives; counts its bytes. */
function source(
  rows: number,
  size: { bytes: number },
  sample: () => void,
): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  return (async function* () {
    const head = enc.encode("Company,Website,Email,Contact name,Title,Phone,Notes\n");
    size.bytes += head.byteLength;
    yield head;
    for (let i = 0; i < rows; i += 1000) {
      let text = "";
      for (let j = i; j < Math.min(rows, i + 1000); j++)
        text += `Company ${j},https://c${j}.bench.test,jane${j}@c${j}.bench.test,Jane Doe ${j},Head of Sales,+1 555 ${String(j).padStart(7, "0")},"Met at the fair, row ${j + 2}; follow up in spring"\n`;
      const chunk = enc.encode(text);
      size.bytes += chunk.byteLength;
      // Sampled as the importer pulls the next chunk: PGlite runs on this thread, so a timer
      // would rarely get a turn while a batch is being written.
      sample();
      yield chunk;
    }
  })();
}

async function main() {
  const opened = await openDb(
    process.env.DATABASE_URL
      ? { databaseUrl: process.env.DATABASE_URL }
      : { pgliteDir: "memory://" },
  );
  await migrate(opened);
  setDb(opened);
  const user = await asServiceRole((tx) =>
    tx
      .insertInto("auth.users")
      .values({ email: `bench-${Date.now()}@bench.test`, email_confirmed_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const claims = { sub: user.id, role: "authenticated" as const };
  const org = await createOrganization(claims, { name: `Import bench ${Date.now()}` });

  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const size = { bytes: 0 };
  const started = performance.now();
  const report = await importLeads(claims, org.id, { csv: source(ROWS, size, sample) });
  const seconds = (performance.now() - started) / 1000;
  sample();

  console.log(`engine: ${process.env.DATABASE_URL ? "Postgres" : "PGlite (in memory)"}`);
  console.log(`file: ${ROWS.toLocaleString("en-US")} rows, ${MB(size.bytes)}`);
  console.log(`report: ${JSON.stringify(report)}`);
  console.log(`time: ${seconds.toFixed(1)} s (${Math.round(ROWS / seconds)} rows/s)`);
  console.log(
    `JS heap: ${MB(base.heapUsed)} before, peak ${MB(peakHeap)} (+${MB(peakHeap - base.heapUsed)})`,
  );
  console.log(`RSS: ${MB(base.rss)} before, peak ${MB(peakRss)} (PGlite's WASM memory included)`);
  await opened.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
