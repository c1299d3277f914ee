"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { createApiKey, revokeApiKey, ZCreateApiKeySchema } from "@/lib/api-keys";

// Admins and members manage keys (the api_keys RLS policy says the same); viewers are refused
// here before the database is asked.
const MANAGERS = ["admin", "member"] as const;

export const createApiKeyAction = safeAction(
  { name: "api-keys.create", schema: ZCreateApiKeySchema, roles: MANAGERS },
  async (input, { session, org }) => {
    const { apiKey, key } = await createApiKey(session.claims, { ...input, orgId: org.id });
    revalidatePath("/settings/api-keys");
    // The plaintext leaves the server this once; only its hash is stored.
    return { id: apiKey.id, name: apiKey.name, keyHint: apiKey.keyHint, key };
  },
);

export const revokeApiKeyAction = safeAction(
  {
    name: "api-keys.revoke",
    schema: z.object({ keyId: z.uuid("API key not found") }),
    roles: MANAGERS,
  },
  async ({ keyId }, { session, org }) => {
    const revoked = await revokeApiKey(session.claims, org.id, keyId);
    revalidatePath("/settings/api-keys");
    return { id: revoked.id, revokedAt: revoked.revokedAt?.toISOString() ?? null };
  },
);
