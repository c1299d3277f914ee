import type { Generated, GeneratedAlways } from "kysely";
import type { Json, NullableTimestamp, Timestamp } from "./column-types";

// Row types of the auth schema the local sign-in keeps (0001_auth_shim.sql, 0015, 0017) and of
// supabase/migrations/0019_accounts.sql.

export interface AuthUsersTable {
  id: Generated<string>;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: NullableTimestamp;
  raw_user_meta_data: Json<Record<string, unknown>>;
  last_sign_in_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LocalRefreshTokensTable {
  id: Generated<string>;
  user_id: string;
  family_id: string;
  token_hash: string;
  parent_id: string | null;
  used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  expires_at: Timestamp;
  created_at: Timestamp;
  user_agent?: string | null;
  ip?: string | null;
}

export interface LocalSignInAttemptsTable {
  id: GeneratedAlways<number>;
  email: string;
  ip: string | null;
  succeeded: boolean;
  created_at: Timestamp;
}

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
