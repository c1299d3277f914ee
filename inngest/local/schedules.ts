import { log } from "@leadscout/log";

// The embedded executor runs event-triggered functions only (cron triggers are refused in
// config.ts: it has no durable scheduler). A scheduled function therefore also declares an event
// trigger, and this ticker sends that event on an interval while the server runs. Missed ticks
// (the server was down) are caught up by the functions themselves: they act on what is due.

export interface LocalSchedule {
  name: string;
  everyMs: number;
  /** Sends the function's trigger event. */
  fire: () => Promise<unknown>;
}

/** Starts every schedule (first tick soon after start-up); returns a stop function. */
export function startLocalSchedules(schedules: LocalSchedule[], firstAfterMs = 30_000): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const s of schedules) {
    const tick = () =>
      void s
        .fire()
        .catch((err: unknown) => log.warn("local schedule failed", { name: s.name, err }));
    const first = setTimeout(() => {
      tick();
      const every = setInterval(tick, s.everyMs);
      every.unref();
      timers.push(every);
    }, firstAfterMs);
    first.unref();
    timers.push(first);
  }
  log.info("inngest/local schedules started", { schedules: schedules.map((s) => s.name) });
  return () => timers.forEach((t) => clearTimeout(t));
}
