import type { Generated } from "kysely";
import type { Timestamp } from "./column-types";

// An organization's own provider keys, sealed (0028_provider_keys.sql).
export interface ProviderKeysTable {
  id: Generated<string>;
  org_id: string;
  provider: "anthropic" | "hunter" | "apollo";
  sealed_key: string;
  key_hint: string;
  last_checked_at: Timestamp | null;
  last_check_ok: boolean | null;
  last_check_message: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
