// Accuracy bench: serves the fixture corpus on loopback, fetches every page once and
// scores Leadscout's extractPage against Crawlee's social.parseHandlesFromHtml on the
// same HTML. Prints precision, recall, F1 and trap hits per kind. See score.ts for the
// normalization applied to both sides.
import { loadGroundTruth, serveCorpus } from "./corpus";
import {
  collect,
  crawlee,
  leadscout,
  leadscoutStandalone,
  peopleScore,
  score,
  type Extractor,
  type Scores,
  type SiteFindings,
} from "./evaluate";
import { prf, type Kind } from "./score";
import { forgetPhoneLines } from "../../mcp-servers/scraper/src/lib/extract";
import type { SiteTruth } from "./corpus";

const KINDS: Kind[] = ["emails", "phones", "socials"];

async function run(
  origin: string,
  truth: Record<string, SiteTruth>,
  extractor: Extractor,
  cache: Map<string, string>,
) {
  const all: Record<string, { truth: SiteTruth; found: SiteFindings }> = {};
  let pages = 0;
  const started = performance.now();
  for (const [site, t] of Object.entries(truth)) {
    all[site] = { truth: t, found: await collect(origin, site, t, extractor, cache) };
    pages += all[site].found.pages;
  }
  return { scores: score(all), people: peopleScore(all), pages, ms: performance.now() - started };
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(6);

function row(name: string, s: Scores, kind: Kind): string {
  const c = s[kind];
  const { precision, recall, f1 } = prf(c);
  return `${name.padEnd(24)} ${kind.padEnd(8)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  tp ${String(c.tp).padStart(3)} fp ${String(c.fp).padStart(3)} fn ${String(c.fn).padStart(3)}  traps ${c.traps}`;
}

async function main() {
  const truth = await loadGroundTruth();
  const server = await serveCorpus();
  try {
    const cache = new Map<string, string>();
    const ours = await run(server.origin, truth, leadscout, cache);
    const peerCertain = await run(server.origin, truth, crawlee(false), cache);
    const peerAll = await run(server.origin, truth, crawlee(true), cache);
    const standalone = await run(server.origin, truth, leadscoutStandalone, cache);
    // Timing on the cached pages only, both warm: a second pass of each extractor. The phone
    // matcher's memory of lines already seen is cleared first: every line of a second pass would
    // be a hit, which says nothing about a page never read before.
    forgetPhoneLines();
    const oursWarm = await run(server.origin, truth, leadscout, cache);
    const peerWarm = await run(server.origin, truth, crawlee(false), cache);
    console.log(
      `corpus: ${Object.keys(truth).length} sites, ${ours.pages} pages, served from ${server.origin}\n`,
    );
    for (const kind of KINDS) {
      console.log(row("leadscout", ours.scores, kind));
      // The peer's phones are reported with and without its "uncertain" list; both shown.
      console.log(row("crawlee", peerCertain.scores, kind));
      if (kind === "phones") {
        console.log(row("crawlee (+uncertain)", peerAll.scores, kind));
        // Each page alone, without the root page's country: what a crawler that does not pass
        // PageExtraction.country on gets.
        console.log(row("leadscout (page alone)", standalone.scores, kind));
      }
      console.log("");
    }
    const pp = ours.people;
    const f1 =
      pp.precision + pp.recall ? (2 * pp.precision * pp.recall) / (pp.precision + pp.recall) : 0;
    console.log(
      `${"leadscout".padEnd(24)} ${"people".padEnd(8)} P ${pct(pp.precision)}  R ${pct(pp.recall)}  F1 ${pct(f1)}  tp ${String(pp.tp).padStart(3)} fp ${String(pp.fp).padStart(3)} fn ${String(pp.fn).padStart(3)}  titles kept ${pp.titles.kept}/${pp.titles.expected}`,
    );
    console.log(`${"crawlee".padEnd(24)} ${"people".padEnd(8)} (no people extraction)\n`);
    const verdict = KINDS.map((k) => {
      const f = prf(ours.scores[k]).f1;
      const peer = Math.max(prf(peerCertain.scores[k]).f1, prf(peerAll.scores[k]).f1);
      return `${k}: F1 ${(f * 100).toFixed(1)} ${f >= 0.95 ? ">= 95" : "< 95 (FAIL)"}, peer best ${(peer * 100).toFixed(1)} ${f > peer ? "(above)" : "(NOT above)"}, traps ${ours.scores[k].traps}`;
    });
    console.log(verdict.join("\n"));
    console.log(
      `people: P ${(pp.precision * 100).toFixed(1)} R ${(pp.recall * 100).toFixed(1)} ${pp.precision >= 0.95 && pp.recall >= 0.95 ? ">= 95 both" : "< 95 (FAIL)"}, ${pp.extra.length} names not in the ground truth`,
    );
    if (process.argv.includes("--details")) {
      for (const k of KINDS) {
        console.log(
          `\n${k} false positives:`,
          ours.scores[k].falsePositives,
          `\n${k} missed:`,
          ours.scores[k].missed,
        );
      }
      console.log("\npeople not in the ground truth:", pp.extra, "\npeople missed:", pp.missed);
      console.log("people with another title:", pp.titles.wrong);
    }
    console.log(
      `\nwarm extraction time on cached pages: leadscout ${(oursWarm.ms / oursWarm.pages).toFixed(2)} ms/page, crawlee social ${(peerWarm.ms / peerWarm.pages).toFixed(2)} ms/page (indicative; bench/scrape-throughput measures speed)`,
    );
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
