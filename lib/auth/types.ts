import type { JwtClaims } from "@/lib/db";

/** What every entry point knows about the signed-in user, whichever auth engine produced it. */
export interface Session {
  user: { id: string; email: string };
  /** The claims RLS sees through auth.uid() / auth.jwt(): Supabase's shape in both engines. */
  claims: JwtClaims;
  provider: "local" | "supabase";
  expiresAt: number;
}

/** One signed-in browser of an account, for Settings › Account. */
export interface AccountSession {
  id: string;
  current: boolean;
  startedAt: Date;
  lastUsedAt: Date;
  ip: string | null;
  userAgent: string | null;
}
