import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ExtractOptions, PageExtraction } from "../extract/types";

type Pending = { resolve: (r: PageExtraction) => void; reject: (e: Error) => void };

interface PoolWorker {
  worker: Worker;
  online: boolean;
  busy: number;
  pending: Map<number, Pending>;
}

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
): ExtractPool {
  let nextId = 0;
  let broken: Error | undefined;
  const workers: PoolWorker[] = [];
  const spawn = (): PoolWorker => {
    const w: PoolWorker = {
      worker: new Worker(entry),
      busy: 0,
      pending: new Map(),
      online: false,
    };
    w.worker.unref();
    w.worker.on(
      "message",
      (msg: { id: number; result?: PageExtraction; error?: string; ready?: true }) => {
        if (msg.ready) return void (w.online = true);
        const p = w.pending.get(msg.id);
        if (!p) return;
        w.pending.delete(msg.id);
        w.busy--;
        if (msg.error !== undefined) p.reject(new Error(msg.error));
        else p.resolve(msg.result!);
      },
    );
    // A worker that dies on a hostile page fails its pages and is replaced. One that cannot even
    // start (the extractor does not load) is not respawned in a loop: the pool reports the cause.
    w.worker.on("error", (err) => {
      for (const p of w.pending.values()) p.reject(err);
      w.pending.clear();
      if (w.online) workers[workers.indexOf(w)] = spawn();
      else broken = new Error(`Extraction workers failed to start: ${err.message}`);
    });
    return w;
  };
  for (let i = 0; i < size; i++) workers.push(spawn());
  return {
    extract(html, url, opts) {
      if (broken) return Promise.reject(broken);
      const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      w.busy++;
      return new Promise((resolve, reject) => {
        w.pending.set(id, { resolve, reject });
        w.worker.postMessage({ id, html, url, opts });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
