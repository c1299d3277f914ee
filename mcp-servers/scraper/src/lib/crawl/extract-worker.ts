import { parentPort } from "node:worker_threads";
import { extractPage, type ExtractOptions } from "../extract";

// Runs the page extractors off the main thread, so parsing never stalls the crawler's I/O or the
// MCP transport, and a second core can parse while the first fetches.
parentPort!.on(
  "message",
  (msg: { id: number; html: string; url: string; opts?: ExtractOptions }) => {
    try {
      parentPort!.postMessage({ id: msg.id, result: extractPage(msg.html, msg.url, msg.opts) });
    } catch (err) {
      parentPort!.postMessage({
        id: msg.id,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  },
);

// Tells the pool the extractor loaded, so a worker that dies later is worth replacing.
parentPort!.postMessage({ ready: true });
