"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { checkProviderKey, removeProviderKey, saveProviderKey } from "./manage";
import { ZKeyProviderSchema, ZSaveProviderKeySchema } from "./schemas";

// Admins only (lib/provider-keys checks again, RLS too). The saved key never comes back: the
// answers carry the provider and the hint.
const ADMINS = ["admin"] as const;
const refresh = () => revalidatePath("/settings/provider-keys");

export const saveProviderKeyAction = safeAction(
  {
    name: "provider-keys.save",
    schema: ZSaveProviderKeySchema.extend({ orgId: z.string().optional() }),
    roles: ADMINS,
  },
  async ({ provider, key }, { session, org }) => {
    const saved = await saveProviderKey(session.claims, org.id, { provider, key });
    refresh();
    return { provider: saved.provider, hint: saved.hint };
  },
);

const ZTarget = z.strictObject({ provider: ZKeyProviderSchema, orgId: z.string().optional() });

export const removeProviderKeyAction = safeAction(
  { name: "provider-keys.remove", schema: ZTarget, roles: ADMINS },
  async ({ provider }, { session, org }) => {
    const done = await removeProviderKey(session.claims, org.id, provider);
    refresh();
    return done;
  },
);

export const checkProviderKeyAction = safeAction(
  { name: "provider-keys.check", schema: ZTarget, roles: ADMINS },
  async ({ provider }, { session, org }) => {
    const result = await checkProviderKey(session.claims, org.id, provider);
    refresh();
    return result;
  },
);
