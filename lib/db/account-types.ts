import type { Generated } from "kysely";
import type { Timestamp } from "./column-types";

// Row types of supabase/migrations/0019_accounts.sql.

export interface DevMailTable {
  id: Generated<string>;
  to_address: string;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: Timestamp;
}

export interface LocalPasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface LocalEmailChangesTable {
  token_hash: string;
  user_id: string;
  new_email: string;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface LocalEmailConfirmationsTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: Timestamp;
}
