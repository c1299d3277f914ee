import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractOptions, PageExtraction } from "../extract/types";

interface Task {
  id: number;
  html: string;
  url: string;
  opts?: ExtractOptions;
  resolve: (r: PageExtraction) => void;
  reject: (e: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  online: boolean;
  /** Pages sent and not yet answered, in the order the worker takes them. */
  pending: Map<number, Task>;
  /** Fires when a busy worker has answered nothing for `stuckAfterMs`. */
  watchdog?: NodeJS.Timeout;
}

/** How long a busy worker may go without answering before it is taken for stuck. */
export const STUCK_AFTER_MS = 20_000;

export interface ExtractPool {
  extract(html: string, url: string, opts?: ExtractOptions): Promise<PageExtraction>;
  close(): Promise<void>;
}

/**
 * A fixed pool of extraction workers; each page goes to the least busy one. Workers boot through a
 * small .mjs file that registers tsx, since loader hooks are not inherited by worker threads.
 */
export function createExtractPool(
  size = Math.max(1, os.availableParallelism() - 1),
  entry: URL = new URL("./extract-worker-boot.mjs", import.meta.url),
  stuckAfterMs = STUCK_AFTER_MS,
): ExtractPool {
  let nextId = 0;
  let broken: Error | undefined;
  const workers: PoolWorker[] = [];

  const send = (w: PoolWorker, task: Task) => {
    w.pending.set(task.id, task);
    // Armed when the worker gets busy, re-armed by each answer: new pages never postpone it.
    if (w.pending.size === 1) watch(w);
    w.worker.postMessage({ id: task.id, html: task.html, url: task.url, opts: task.opts });
  };

  /** Takes `w` out of the pool for a fresh worker; returns the fresh one. */
  const replace = (w: PoolWorker): PoolWorker | undefined => {
    clearTimeout(w.watchdog);
    const i = workers.indexOf(w);
    if (i < 0) return undefined;
    return (workers[i] = spawn());
  };

  // A worker answers its pages in order, each within a second or two. One that has answered
  // nothing for `stuckAfterMs` while pages wait is stuck on its first page (a pathological input):
  // left alone it would hold every page queued behind it for good. That page fails, the worker is
  // replaced, and the pages queued behind it go to the new one.
  const watch = (w: PoolWorker) => {
    clearTimeout(w.watchdog);
    w.watchdog = undefined;
    if (w.pending.size === 0) return;
    w.watchdog = setTimeout(() => {
      const [first, ...rest] = w.pending.values();
      w.pending.clear();
      const fresh = replace(w);
      void w.worker.terminate();
      first?.reject(
        new Error(`Extraction took longer than ${stuckAfterMs / 1000} s; the page was skipped`),
      );
      for (const task of rest) {
        if (fresh) send(fresh, task);
        else task.reject(new Error("The extraction pool is closed"));
      }
    }, stuckAfterMs).unref();
  };

  const spawn = (): PoolWorker => {
    const w: PoolWorker = { worker: new Worker(entry), pending: new Map(), online: false };
    w.worker.unref();
    w.worker.on(
      "message",
      (msg: { id: number; result?: PageExtraction; error?: string; ready?: true }) => {
        if (msg.ready) return void (w.online = true);
        const task = w.pending.get(msg.id);
        if (!task) return;
        w.pending.delete(msg.id);
        watch(w);
        if (msg.error !== undefined) task.reject(new Error(msg.error));
        else task.resolve(msg.result!);
      },
    );
    // A worker that dies on a hostile page fails its pages and is replaced. One that cannot even
    // start (the extractor does not load) is not respawned in a loop: the pool reports the cause.
    w.worker.on("error", (err) => {
      for (const task of w.pending.values()) task.reject(err);
      w.pending.clear();
      if (w.online) replace(w);
      else {
        clearTimeout(w.watchdog);
        broken = new Error(`Extraction workers failed to start: ${err.message}`);
      }
    });
    return w;
  };
  for (let i = 0; i < size; i++) workers.push(spawn());
  return {
    extract(html, url, opts) {
      if (broken) return Promise.reject(broken);
      const w = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise((resolve, reject) =>
        send(w, { id: nextId++, html, url, opts, resolve, reject }),
      );
    },
    async close() {
      for (const w of workers) clearTimeout(w.watchdog);
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
