import fs from "node:fs";
import {
  baseline,
  closeLeadscout,
  crawlee,
  leadscout,
  type PhaseResult,
  type Targets,
} from "./modes";

// One contender in its own process, so its peak memory is its own. Prints one JSON line.
const mode = process.argv[2] as "baseline" | "parse" | "leadscout" | "crawlee";
const targets = JSON.parse(fs.readFileSync(process.env.BENCH_TARGETS_FILE!, "utf8")) as Targets;
const c = targets.concurrency;

async function phase(which: "warmup" | "big" | "small"): Promise<PhaseResult> {
  const sites =
    which === "big" ? [targets.big] : which === "small" ? targets.small : targets.warmup;
  switch (mode) {
    case "baseline":
    case "parse":
      return baseline(
        sites.flatMap((s) => s.urls),
        c,
        mode === "parse",
      );
    case "leadscout":
      return leadscout(
        sites.map((s) => ({ root: s.root, maxPages: s.urls.length })),
        c,
        which === "big" ? c : 2,
      );
    case "crawlee":
      return crawlee(
        sites.map((s) => s.root),
        c,
      );
  }
}

// A scraper is a long-lived server: each contender first crawls sites of its own, unmeasured,
// so the measured pages are not also paying for the process's start (JIT compiling, pools).
if (targets.warmup.length) await phase("warmup");
const big = await phase("big");
const small = await phase("small");
const maxRssMb = process.resourceUsage().maxRSS / 1024;
if (mode === "leadscout") await closeLeadscout();
process.stdout.write(JSON.stringify({ mode, big, small, maxRssMb }) + "\n");
process.exit(0);
