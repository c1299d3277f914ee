import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

// BENCH_PIN=1: the server's event-loop thread on the first CPU, the local Postgres on the last.
//
// On a small host the scheduler tends to wake a Postgres backend on the CPU of the process that
// wrote to it, so the backend runs its query on the server's CPU while the other CPU idles. A
// hosted database runs on a machine of its own; pinning is the nearest this host gets to that.
// Linux only (taskset from util-linux), and only for a Postgres running on this host.

/** The parent pid of a process, from /proc; undefined when it cannot be read. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** The postmaster and every process it started (backends and Postgres's own workers). */
function postgresTree(postmaster: number): number[] {
  const pids = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => parentPid(pid) === postmaster);
  return [postmaster, ...pids];
}

const taskset = (...args: string[]) => execFileSync("taskset", args, { stdio: "ignore" });
const mask = (cpus: number[]) => cpus.reduce((m, c) => m | (1 << c), 0).toString(16);

export interface Pinning {
  describe: string;
  /** argv prefix that starts a child on every CPU (the load generator is not pinned). */
  unpinned: string[];
  undo: () => void;
}

/**
 * Pins the Postgres that runs `backendPid` and this process's main thread apart. New backends
 * inherit the postmaster's CPU; `undo` gives Postgres every CPU again.
 */
export function pinApart(backendPid: number): Pinning {
  const cpus = os.availableParallelism();
  if (cpus < 2) throw new Error("BENCH_PIN needs at least 2 CPUs");
  const postmaster = parentPid(backendPid);
  if (!postmaster) throw new Error("BENCH_PIN needs Postgres on this host (its /proc entry)");
  const all = mask(Array.from({ length: cpus }, (_, i) => i));
  const last = cpus - 1;
  const pinAll = (m: string) => {
    for (const pid of postgresTree(postmaster)) {
      try {
        taskset("-a", "-p", m, String(pid));
      } catch {
        // a Postgres process that ended meanwhile
      }
    }
  };
  pinAll(mask([last]));
  taskset("-p", mask([0]), String(process.pid)); // the main thread only: its id is the pid
  return {
    describe: `server's main thread on CPU 0, Postgres on CPU ${last}, autocannon on any`,
    unpinned: ["taskset", all],
    undo: () => {
      pinAll(all);
      taskset("-p", all, String(process.pid));
    },
  };
}
