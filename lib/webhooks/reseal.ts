import { sql } from "kysely";
import { asServiceRole, type Tx } from "@/lib/db";
import { DecryptionError, keyring, resealForOrg } from "@/lib/crypto";
import { log } from "@leadscout/log";

// Keeps stored signing secrets encrypted under the current ENCRYPTION_KEY: a delivery re-seals its
// endpoint's row when it reads one under an older key (lazy rotation), the first start seals rows
// from before encryption, and `pnpm cli secrets rotate` re-seals every row at once.

interface SecretColumns {
  id: string;
  org_id: string;
  secret: string;
  previous_secret: string | null;
}

/** Re-seals one row's secrets if either is plaintext or under an older key; true if it wrote. */
export async function resealWebhookRow(tx: Tx, row: SecretColumns): Promise<boolean> {
  const secret = resealForOrg(row.org_id, row.secret);
  const previous = row.previous_secret ? resealForOrg(row.org_id, row.previous_secret) : null;
  if (secret === null && previous === null) return false;
  await tx
    .updateTable("webhooks")
    .set({
      ...(secret !== null && { secret }),
      ...(previous !== null && { previous_secret: previous }),
    })
    .where("id", "=", row.id)
    .where("org_id", "=", row.org_id)
    .execute();
  return true;
}

export interface ResealReport {
  resealed: number;
  /** Rows whose secret no configured key opens (their ids are logged). */
  failed: number;
}

const BATCH = 200;

/**
 * Re-seals every endpoint not yet under the current key (`onlyPlaintext`: only rows from before
 * encryption, the start-up pass). Runs as the service role, in batches, each its own transaction.
 */
export async function resealWebhookSecrets(
  opts: { onlyPlaintext?: boolean } = {},
): Promise<ResealReport> {
  const current = `enc:v1:${keyring().current.kid}:%`;
  const report: ResealReport = { resealed: 0, failed: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("webhooks")
        .select(["id", "org_id", "secret", "previous_secret"])
        .where("id", ">", after)
        .where((eb) =>
          opts.onlyPlaintext
            ? eb.or([eb("secret", "like", "whsec\\_%"), eb("previous_secret", "like", "whsec\\_%")])
            : eb.or([
                eb("secret", "not like", current),
                sql<boolean>`coalesce(previous_secret not like ${current}, false)`,
              ]),
        )
        .orderBy("id")
        .limit(BATCH)
        .execute(),
    );
    if (rows.length === 0) return report;
    after = rows[rows.length - 1]!.id;
    await asServiceRole(async (tx) => {
      for (const row of rows) {
        try {
          if (await resealWebhookRow(tx, row)) report.resealed += 1;
        } catch (err) {
          if (!(err instanceof DecryptionError)) throw err;
          report.failed += 1;
          log.error("webhook secret cannot be decrypted", {
            webhookId: row.id,
            reason: err.message,
          });
        }
      }
    });
  }
}
