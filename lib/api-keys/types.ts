import type { ApiScope } from "@/lib/db";

/** An API key as lists and responses show it: never the hash, never the plaintext. */
export interface ApiKeySummary {
  id: string;
  orgId: string;
  name: string;
  keyHint: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
}

/** Who a verified key acts for: the REST API runs its queries as this organization. */
export interface ApiKeyPrincipal {
  keyId: string;
  orgId: string;
  scopes: ApiScope[];
  createdBy: string | null;
}
