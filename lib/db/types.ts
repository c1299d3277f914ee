import type { Generated, GeneratedAlways } from "kysely";
import type {
  AuthUsersTable,
  DevMailTable,
  LocalEmailChangesTable,
  LocalEmailConfirmationsTable,
  LocalPasswordResetsTable,
  LocalRefreshTokensTable,
  LocalSignInAttemptsTable,
} from "./account-types";
import type { BillingTables } from "./billing-types";
import type { ProviderKeysTable } from "./provider-key-types";
import type { ContactsTable } from "./contact-types";
import type { LeadNotesTable, LeadStageChangesTable } from "./pipeline-types";
import type {
  CrmConnectionsTable,
  CrmOauthStatesTable,
  CrmPushesTable,
  CrmSyncLogTable,
} from "./crm-types";
import type { InboundFormsTable, InboundSubmissionsTable } from "./inbound-types";
import type {
  ApiScope,
  EnrichmentType,
  InvitationDelivery,
  JobStatus,
  JobType,
  JobUrlStatus,
  Json,
  LeadStage,
  LeadStatus,
  NullableTimestamp,
  Numeric,
  QualificationMethod,
  Role,
  Timestamp,
  WebhookEvent,
} from "./column-types";

// Row types for supabase/migrations (the source of truth). Keep in step with every migration.

export type * from "./column-types";

export interface ProfilesTable {
  id: string;
  email: string;
  full_name: string | null;
  avatar_url: string | null;
  current_org_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationsTable {
  id: Generated<string>;
  name: string;
  slug: string;
  created_by: string | null;
  scoring_rules: Json | null;
  settings: Json<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamMembersTable {
  org_id: string;
  user_id: string;
  role: Role;
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
  revoked_at: NullableTimestamp;
  /** How the link reached its invitee; null until delivered (never acceptable before). */
  delivery: InvitationDelivery | null;
  delivered_at: NullableTimestamp;
  created_at: Timestamp;
}

/** Who has had the free plan's starting credits (once per user). */
export interface StartingCreditGrantsTable {
  user_id: string;
  org_id: string | null;
  created_at: Timestamp;
}

export interface ScrapingJobsTable {
  id: Generated<string>;
  org_id: string;
  created_by: string | null;
  api_key_id: string | null;
  type: JobType;
  status: Generated<JobStatus>;
  input: Json<Record<string, unknown>>;
  options: Json<Record<string, unknown>>;
  total_urls: Generated<number>;
  processed_urls: Generated<number>;
  successful_urls: Generated<number>;
  failed_urls: Generated<number>;
  leads_found: Generated<number>;
  credits_reserved: Generated<number>;
  credits_used: Generated<number>;
  /** Unused hold given back (migration 0005); held = reserved - used - released. */
  credits_released: Generated<number>;
  webhook_url: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  error: string | null;
  started_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobUrlsTable {
  id: Generated<string>;
  job_id: string;
  org_id: string;
  url: string;
  status: Generated<JobUrlStatus>;
  attempts: Generated<number>;
  leads_found: Generated<number>;
  credits_charged: Generated<number>;
  error: string | null;
  started_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ScrapedLeadsTable {
  id: Generated<string>;
  org_id: string;
  job_id: string | null;
  dedupe_key: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  title: string | null;
  company: string | null;
  domain: string | null;
  website: string | null;
  linkedin_url: string | null;
  address: string | null;
  emails: Json<unknown[]>;
  phones: Json<unknown[]>;
  socials: Json<unknown[]>;
  people: Json<unknown[]>;
  score: number | null;
  status: LeadStatus | null;
  confidence: Numeric;
  reasons: Json<unknown[]>;
  signals: Json<unknown[]>;
  qualification_method: QualificationMethod | null;
  stage: Generated<LeadStage>;
  notes: string | null;
  tags: Generated<string[]>;
  source_url: string | null;
  sources: Json<unknown[]>;
  search: GeneratedAlways<string>;
  /** coalesce(score, -1): the score sort's key (migration 0013). */
  sort_score: GeneratedAlways<number>;
  /** When the lead first reached each forward stage ("new" is created_at); kept by a trigger (0030). */
  first_contacted_at: NullableTimestamp;
  first_qualified_at: NullableTimestamp;
  first_proposal_at: NullableTimestamp;
  first_won_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LeadEnrichmentTable {
  id: Generated<string>;
  lead_id: string;
  org_id: string;
  provider: string;
  type: EnrichmentType;
  data: Json<Record<string, unknown>>;
  confidence: Numeric;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  key_hash: string;
  key_hint: string;
  scopes: ApiScope[];
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WebhooksTable {
  id: Generated<string>;
  org_id: string;
  url: string;
  description: string | null;
  /** Encrypted (lib/crypto): `enc:v1:…`; legacy plaintext only until the first start seals it. */
  secret: string;
  /** `whsec_…abcd`: what lists show, so they need not decrypt. */
  secret_hint: string;
  previous_secret: string | null;
  secret_rotated_at: NullableTimestamp;
  events: WebhookEvent[];
  active: Generated<boolean>;
  consecutive_failures: Generated<number>;
  failing_since: NullableTimestamp;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  org_id: string;
  webhook_id: string | null;
  job_id: string | null;
  event_id: string;
  event_type: string;
  url: string;
  attempt: number;
  request_headers: Json<Record<string, string>>;
  request_body: string;
  response_status: number | null;
  response_body: string | null;
  duration_ms: number | null;
  error: string | null;
  succeeded: Generated<boolean>;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: GeneratedAlways<number>;
  org_id: string | null;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  metadata: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

/** Every table; the money tables are declared in billing-types.ts. */
export interface Database extends BillingTables {
  "auth.users": AuthUsersTable;
  "auth.local_refresh_tokens": LocalRefreshTokensTable;
  "auth.local_sign_in_attempts": LocalSignInAttemptsTable;
  "auth.local_email_confirmations": LocalEmailConfirmationsTable;
  "auth.local_password_resets": LocalPasswordResetsTable;
  "auth.local_email_changes": LocalEmailChangesTable;
  dev_mail: DevMailTable;
  profiles: ProfilesTable;
  organizations: OrganizationsTable;
  team_members: TeamMembersTable;
  invitations: InvitationsTable;
  scraping_jobs: ScrapingJobsTable;
  job_urls: JobUrlsTable;
  scraped_leads: ScrapedLeadsTable;
  lead_enrichment: LeadEnrichmentTable;
  contacts: ContactsTable;
  lead_stage_changes: LeadStageChangesTable;
  lead_notes: LeadNotesTable;
  crm_connections: CrmConnectionsTable;
  crm_oauth_states: CrmOauthStatesTable;
  crm_pushes: CrmPushesTable;
  crm_sync_log: CrmSyncLogTable;
  provider_keys: ProviderKeysTable;
  api_keys: ApiKeysTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  audit_log: AuditLogTable;
  starting_credit_grants: StartingCreditGrantsTable;
  inbound_forms: InboundFormsTable;
  inbound_submissions: InboundSubmissionsTable;
}
