import { asServiceRole } from "@/lib/db";

/**
 * How long an instance may keep honouring a session it saw alive before asking again: the window
 * in which a sign-out or a detected refresh-token theft on another instance has not reached this
 * one yet. The instance that revoked a session stops honouring it at once.
 */
export const SESSION_CHECK_TTL_MS = 15_000;
const MAX_ENTRIES = 10_000;

export interface SessionCheck {
  /** Whether the session (a refresh-token family) still has a live token: signed out ⇒ false. */
  isActive(sessionId: string, now: Date): Promise<boolean>;
  /** A session this instance just started: no round trip on its first requests. */
  started(sessionId: string, now: Date): void;
  /** A session this instance just ended (sign-out, reuse): refused from now on, here. */
  revoked(sessionId: string, now: Date, accessTtlMs: number): void;
}

/**
 * The access token is a JWT that would stay valid until it expires; this check is what ends it
 * with its session. Cheap: one indexed lookup per session per SESSION_CHECK_TTL_MS per instance,
 * answers kept in a bounded map (the oldest entry goes first).
 */
export function createSessionCheck(ttlMs = SESSION_CHECK_TTL_MS): SessionCheck {
  const seen = new Map<string, { active: boolean; until: number }>();
  const remember = (id: string, active: boolean, until: number) => {
    seen.delete(id);
    if (seen.size >= MAX_ENTRIES) seen.delete(seen.keys().next().value!);
    seen.set(id, { active, until });
  };
  return {
    async isActive(sessionId, now) {
      const hit = seen.get(sessionId);
      if (hit && hit.until > now.getTime()) return hit.active;
      const live = await asServiceRole((tx) =>
        tx
          .selectFrom("auth.local_refresh_tokens")
          .select("id")
          .where("family_id", "=", sessionId)
          .where("revoked_at", "is", null)
          .where("expires_at", ">", now)
          .limit(1)
          .executeTakeFirst(),
      );
      remember(sessionId, live !== undefined, now.getTime() + ttlMs);
      return live !== undefined;
    },
    started(sessionId, now) {
      remember(sessionId, true, now.getTime() + ttlMs);
    },
    revoked(sessionId, now, accessTtlMs) {
      // A revoked family never comes back: refuse it for as long as any of its tokens could live.
      remember(sessionId, false, now.getTime() + accessTtlMs);
    },
  };
}
