import type { Generated, GeneratedAlways } from "kysely";
import type {
  CrmProvider,
  PushSource,
  SalesforceObjectMode,
  PushStatus,
  SyncObjectType,
  SyncOutcome,
} from "@/lib/crm/schemas";
import type { Json, NullableTimestamp, Timestamp } from "./column-types";

// CRM connections, OAuth states, pushes and the sync log (0023_crm.sql, 0029_salesforce.sql).
export interface CrmConnectionsTable {
  id: Generated<string>;
  org_id: string;
  provider: CrmProvider;
  account_id: string;
  account_name: string | null;
  access_token: string;
  refresh_token: string;
  expires_at: Timestamp;
  connected_by: string | null;
  push_completed_jobs: Generated<boolean>;
  field_mapping: Json<Record<string, string>>;
  /** Salesforce: the org's API host, from the token answer (checked: https, Salesforce's domains). */
  instance_url: string | null;
  object_mode: Generated<SalesforceObjectMode>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CrmOauthStatesTable {
  state_hash: string;
  org_id: string;
  user_id: string;
  provider: CrmProvider;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface CrmPushesTable {
  id: Generated<string>;
  org_id: string;
  provider: CrmProvider;
  source: PushSource;
  requested_by: string | null;
  job_id: string | null;
  lead_ids: Generated<string[]>;
  status: Generated<PushStatus>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  skipped_count: Generated<number>;
  failed_count: Generated<number>;
  error: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface CrmSyncLogTable {
  id: GeneratedAlways<number>;
  org_id: string;
  push_id: string;
  provider: CrmProvider;
  lead_id: string | null;
  contact_id: string | null;
  object_type: SyncObjectType;
  outcome: SyncOutcome;
  crm_id: string | null;
  message: string | null;
  created_at: Timestamp;
}
