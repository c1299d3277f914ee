import { resealCrmTokens } from "@/lib/crm";
import { keyring } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
import { resealProviderKeys } from "@/lib/provider-keys";
import { resealWebhookSecrets } from "@/lib/webhooks";
import { parseCommandArgs } from "../args";
import { openCliDb } from "../open-db";

/**
 * secrets rotate: re-encrypts every stored secret under the current ENCRYPTION_KEY (after moving
 * the old key to ENCRYPTION_KEY_PREVIOUS). Once it reports nothing failed, the old key can go.
 * Every kind of stored credential adds its re-sealing here.
 */
export async function secretsRotate(argv: string[]): Promise<object> {
  parseCommandArgs(argv, { required: [] });
  await openCliDb();
  const webhooks = await resealWebhookSecrets();
  const crm = await resealCrmTokens();
  const providerKeys = await resealProviderKeys();
  const failed = [
    webhooks.failed > 0 ? `${webhooks.failed} webhook secret(s)` : null,
    crm.failed > 0 ? `${crm.failed} CRM connection(s)` : null,
    providerKeys.failed > 0 ? `${providerKeys.failed} provider key(s)` : null,
  ].filter(Boolean);
  if (failed.length)
    throw new AppError(
      "conflict",
      `${failed.join(" and ")} could not be decrypted with any configured key: ` +
        "add the key they were written under to ENCRYPTION_KEY_PREVIOUS and run this again",
    );
  return { key_id: keyring().current.kid, webhooks, crm, provider_keys: providerKeys };
}
