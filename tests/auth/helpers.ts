import { randomBytes } from "node:crypto";
import { createLocalEngine, type LocalEngineOptions } from "@/lib/auth/local-engine";

/** A clock the test moves by hand: expiry and lockout windows without sleeping. */
export function manualClock(start = new Date()) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export function testLocalEngine(opts: LocalEngineOptions = {}) {
  const clock = manualClock();
  const secret = new TextEncoder().encode(randomBytes(32).toString("hex"));
  return {
    clock,
    secret,
    engine: createLocalEngine({ secret, now: clock.now, reuseGraceMs: 0, ...opts }),
  };
}

export const PASSWORD = "correct horse battery";

export const MINUTE = 60_000;
