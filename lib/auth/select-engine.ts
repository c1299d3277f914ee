import { env } from "@/lib/env";
import type { AuthEngine } from "./engine";
import { createLocalEngine } from "./local-engine";
import { createSupabaseEngine } from "./supabase-engine";

type Holder = { engine?: AuthEngine };
const holder = ((globalThis as { __leadscoutAuth?: Holder }).__leadscoutAuth ??= {});

/** Supabase Auth when NEXT_PUBLIC_SUPABASE_URL is set, local auth otherwise. */
export function engineFromEnv(vars: {
  NEXT_PUBLIC_SUPABASE_URL?: string;
  NEXT_PUBLIC_SUPABASE_ANON_KEY?: string;
  SUPABASE_SERVICE_ROLE_KEY?: string;
}): AuthEngine {
  if (vars.NEXT_PUBLIC_SUPABASE_URL) {
    if (!vars.NEXT_PUBLIC_SUPABASE_ANON_KEY) {
      throw new Error(
        "NEXT_PUBLIC_SUPABASE_ANON_KEY must be set together with NEXT_PUBLIC_SUPABASE_URL",
      );
    }
    return createSupabaseEngine({
      url: vars.NEXT_PUBLIC_SUPABASE_URL,
      anonKey: vars.NEXT_PUBLIC_SUPABASE_ANON_KEY,
      serviceRoleKey: vars.SUPABASE_SERVICE_ROLE_KEY,
    });
  }
  return createLocalEngine();
}

/**
 * The process's engine, chosen once. It holds configuration only — no user, no cookies — so
 * sharing it between requests cannot leak one person's session into another's.
 */
export function authEngine(): AuthEngine {
  holder.engine ??= engineFromEnv(env());
  return holder.engine;
}

/** Tests swap engines (e.g. Supabase pointed at a local server); pass undefined to reset. */
export function setAuthEngine(engine: AuthEngine | undefined): void {
  holder.engine = engine;
}
