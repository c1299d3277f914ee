import { DecryptionError, keyring, resealForOrg } from "@/lib/crypto";
import { asServiceRole } from "@/lib/db";
import { log } from "@leadscout/log";

// `pnpm cli secrets rotate`: re-seals every provider key not under the current ENCRYPTION_KEY,
// so the old key can be dropped. Provider keys were sealed from their first write (no plaintext
// rows to migrate), so there is no start-up pass.

export interface ProviderKeyResealReport {
  resealed: number;
  /** Keys no configured master key opens (their ids are logged). */
  failed: number;
}

const BATCH = 200;

export async function resealProviderKeys(): Promise<ProviderKeyResealReport> {
  const current = `enc:v1:${keyring().current.kid}:%`;
  const report: ProviderKeyResealReport = { resealed: 0, failed: 0 };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await asServiceRole((tx) =>
      tx
        .selectFrom("provider_keys")
        .select(["id", "org_id", "sealed_key"])
        .where("id", ">", after)
        .where("sealed_key", "not like", current)
        .orderBy("id")
        .limit(BATCH)
        .execute(),
    );
    if (rows.length === 0) return report;
    after = rows[rows.length - 1]!.id;
    await asServiceRole(async (tx) => {
      for (const row of rows) {
        try {
          const sealed = resealForOrg(row.org_id, row.sealed_key);
          if (sealed === null) continue;
          await tx
            .updateTable("provider_keys")
            .set({ sealed_key: sealed })
            .where("id", "=", row.id)
            .where("org_id", "=", row.org_id)
            .execute();
          report.resealed += 1;
        } catch (err) {
          if (!(err instanceof DecryptionError)) throw err;
          report.failed += 1;
          log.error("provider key cannot be decrypted", {
            providerKeyId: row.id,
            reason: err.message,
          });
        }
      }
    });
  }
}
