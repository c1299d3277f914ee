import { EventEmitter } from "node:events";

// Lets the code that enqueues work (event intake, the executor itself) wake idle workers at once
// instead of waiting for the next poll. Kept on globalThis because Next bundles the route and the
// start-up hook as separate module graphs in one process. Other processes still find the work by
// polling; this is only a shortcut.
type Holder = { emitter?: EventEmitter };
const holder = ((globalThis as { __leadscoutInngestWake?: Holder }).__leadscoutInngestWake ??= {});
const emitter = (holder.emitter ??= new EventEmitter().setMaxListeners(100));

export function wakeWorkers(): void {
  emitter.emit("wake");
}

export function onWake(listener: () => void): () => void {
  emitter.on("wake", listener);
  return () => emitter.off("wake", listener);
}
