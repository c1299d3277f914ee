import { resealCrmTokens } from "@/lib/crm";
import { keyring } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
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
  if (webhooks.failed > 0 || crm.failed > 0)
    throw new AppError(
      "conflict",
      `${webhooks.failed} webhook secret(s) and ${crm.failed} CRM connection(s) could not be ` +
        "decrypted with any configured key: add the key they were written under to " +
        "ENCRYPTION_KEY_PREVIOUS and run this again",
    );
  return { key_id: keyring().current.kid, webhooks, crm };
}
