-- CRM sync (lib/crm): an organization's connection to a CRM (HubSpot today; the provider column
-- leaves room for another), the single-use OAuth states that bind a connect to the admin who
-- started it, the pushes (one per "Send to HubSpot", API call or completed job) and the sync log,
-- one row per record a push sent (created / updated / skipped / failed with the CRM's message).

create table public.crm_connections (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  provider text not null check (provider in ('hubspot')),
  -- the CRM account (HubSpot portal id) and its name, shown as "connected as …"
  account_id text not null check (length(account_id) between 1 and 100),
  account_name text check (account_name is null or length(account_name) <= 300),
  -- sealed per organization with lib/crypto (enc:v1:…); never selected for a page or an answer
  access_token text not null check (access_token like 'enc:%'),
  refresh_token text not null check (refresh_token like 'enc:%'),
  expires_at timestamptz not null,
  connected_by uuid references auth.users (id) on delete set null,
  -- opt-in: push every job's leads when it completes
  push_completed_jobs boolean not null default false,
  -- Leadscout field → CRM property, over the defaults in lib/crm/field-mapping.ts
  field_mapping jsonb not null default '{}'::jsonb check (jsonb_typeof(field_mapping) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, provider)
);

alter table public.crm_connections enable row level security;
-- Admins read the connection (its tokens are sealed); every write goes through lib/crm, which
-- checks the admin role and writes as the service role. Members see the status through
-- lib/crm's status read, which never selects the token columns.
create policy crm_connections_select on public.crm_connections for select to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin']))));

create table public.crm_oauth_states (
  -- sha-256 of the state sent to the CRM: a leaked table opens no connect
  state_hash text primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  provider text not null check (provider in ('hubspot')),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index crm_oauth_states_expires on public.crm_oauth_states (expires_at);
alter table public.crm_oauth_states enable row level security;
revoke all on public.crm_oauth_states from anon, authenticated;

create table public.crm_pushes (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  provider text not null check (provider in ('hubspot')),
  source text not null check (source in ('bulk', 'api', 'job')),
  requested_by uuid references auth.users (id) on delete set null,
  job_id uuid,
  -- the leads asked for (bulk action and API); a job push reads the job's leads instead
  lead_ids uuid[] not null default '{}' check (cardinality(lead_ids) <= 1000),
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  created_count integer not null default 0,
  updated_count integer not null default 0,
  skipped_count integer not null default 0,
  failed_count integer not null default 0,
  error text check (error is null or length(error) <= 2000),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  unique (id, org_id),
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id)
    on delete set null (job_id)
);
create index crm_pushes_org_created on public.crm_pushes (org_id, created_at desc);
create index crm_pushes_job on public.crm_pushes (job_id);
alter table public.crm_pushes enable row level security;
create policy crm_pushes_select on public.crm_pushes for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));

create table public.crm_sync_log (
  id bigint generated always as identity primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  push_id uuid not null,
  provider text not null check (provider in ('hubspot')),
  lead_id uuid,
  contact_id uuid,
  object_type text not null check (object_type in ('company', 'contact', 'association')),
  outcome text not null check (outcome in ('created', 'updated', 'skipped', 'failed')),
  -- the record's id in the CRM, when it has one
  crm_id text check (crm_id is null or length(crm_id) <= 100),
  -- what the CRM said (failed) or why it was skipped
  message text check (message is null or length(message) <= 2000),
  created_at timestamptz not null default now(),
  foreign key (push_id, org_id) references public.crm_pushes (id, org_id) on delete cascade,
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id)
    on delete set null (lead_id),
  foreign key (contact_id, org_id) references public.contacts (id, org_id)
    on delete set null (contact_id)
);
create index crm_sync_log_org on public.crm_sync_log (org_id, id desc);
create index crm_sync_log_lead on public.crm_sync_log (lead_id, id desc);
create index crm_sync_log_push on public.crm_sync_log (push_id);
create index crm_sync_log_contact on public.crm_sync_log (contact_id);
alter table public.crm_sync_log enable row level security;
create policy crm_sync_log_select on public.crm_sync_log for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
