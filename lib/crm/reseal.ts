import { asServiceRole } from "@/lib/db";
import { DecryptionError, keyring, resealForOrg } from "@/lib/crypto";
import { log } from "@leadscout/log";

// `pnpm cli secrets rotate` for CRM tokens: every connection not yet sealed under the current
// ENCRYPTION_KEY is re-sealed (one row per organization and CRM, so one pass, no batching).

export interface CrmResealReport {
  resealed: number;
  /** Connections whose tokens no configured key opens (their ids are logged). */
  failed: number;
}

export async function resealCrmTokens(): Promise<CrmResealReport> {
  const current = `enc:v1:${keyring().current.kid}:%`;
  const report: CrmResealReport = { resealed: 0, failed: 0 };
  const rows = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select(["id", "org_id", "access_token", "refresh_token"])
      .where((eb) =>
        eb.or([eb("access_token", "not like", current), eb("refresh_token", "not like", current)]),
      )
      .execute(),
  );
  for (const row of rows) {
    try {
      const access = resealForOrg(row.org_id, row.access_token);
      const refresh = resealForOrg(row.org_id, row.refresh_token);
      await asServiceRole((tx) =>
        tx
          .updateTable("crm_connections")
          .set({
            ...(access !== null && { access_token: access }),
            ...(refresh !== null && { refresh_token: refresh }),
          })
          .where("id", "=", row.id)
          .execute(),
      );
      report.resealed += 1;
    } catch (err) {
      if (!(err instanceof DecryptionError)) throw err;
      report.failed += 1;
      log.error("crm tokens cannot be decrypted", { connectionId: row.id, reason: err.message });
    }
  }
  return report;
}
