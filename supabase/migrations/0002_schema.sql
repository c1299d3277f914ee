-- The whole product's tables. Later features add columns here by new migrations, not new tables.
-- Child rows carry their organization and reference their parent by (id, org_id), so a row can
-- never point at another tenant's job, lead, key or webhook even if a policy were too lax.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text check (full_name is null or length(full_name) <= 200),
  avatar_url text,
  current_org_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 100),
  slug text not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$'),
  created_by uuid references auth.users (id) on delete set null,
  scoring_rules jsonb,
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.profiles
  add constraint profiles_current_org_fk foreign key (current_org_id)
  references public.organizations (id) on delete set null;

create table public.team_members (
  org_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null check (role in ('admin', 'member', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (org_id, user_id)
);
create index team_members_user on public.team_members (user_id);

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  email text not null check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  role text not null check (role in ('admin', 'member', 'viewer')),
  token_hash text not null unique,
  invited_by uuid references auth.users (id) on delete set null,
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index invitations_open_per_email on public.invitations (org_id, email)
  where accepted_at is null and revoked_at is null;

create table public.scraping_jobs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  created_by uuid references auth.users (id) on delete set null,
  api_key_id uuid,
  type text not null check (type in ('single', 'bulk', 'sitemap')),
  status text not null default 'pending'
    check (status in ('pending', 'processing', 'completed', 'failed', 'cancelled')),
  input jsonb not null default '{}'::jsonb,
  options jsonb not null default '{}'::jsonb,
  total_urls integer not null default 0 check (total_urls >= 0),
  processed_urls integer not null default 0 check (processed_urls >= 0),
  successful_urls integer not null default 0 check (successful_urls >= 0),
  failed_urls integer not null default 0 check (failed_urls >= 0),
  leads_found integer not null default 0 check (leads_found >= 0),
  credits_reserved integer not null default 0 check (credits_reserved >= 0),
  credits_used integer not null default 0 check (credits_used >= 0),
  webhook_url text,
  idempotency_key text,
  request_hash text,
  error text,
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (processed_urls <= total_urls),
  check (successful_urls + failed_urls <= processed_urls),
  check (completed_at is null or status in ('completed', 'failed', 'cancelled')),
  unique (org_id, idempotency_key),
  unique (id, org_id)
);
create index scraping_jobs_org_created on public.scraping_jobs (org_id, created_at desc, id desc);
create index scraping_jobs_org_status on public.scraping_jobs (org_id, status);

create table public.job_urls (
  id uuid primary key default gen_random_uuid(),
  job_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  url text not null check (length(url) <= 2048),
  status text not null default 'pending'
    check (status in ('pending', 'processing', 'completed', 'failed', 'blocked', 'not_found', 'cancelled')),
  attempts integer not null default 0 check (attempts >= 0),
  leads_found integer not null default 0 check (leads_found >= 0),
  credits_charged integer not null default 0 check (credits_charged >= 0),
  error text,
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  unique (job_id, url),
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id) on delete cascade
);
create index job_urls_job_status on public.job_urls (job_id, status);

create table public.scraped_leads (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  job_id uuid,
  -- lower(email) when the lead has one, else domain + '|' + lower(name): one lead per key per org.
  dedupe_key text not null check (length(dedupe_key) between 1 and 600),
  email text check (email is null or email = lower(email)),
  phone text,
  name text,
  title text,
  company text,
  domain text,
  website text,
  linkedin_url text,
  address text,
  emails jsonb not null default '[]'::jsonb check (jsonb_typeof(emails) = 'array'),
  phones jsonb not null default '[]'::jsonb check (jsonb_typeof(phones) = 'array'),
  socials jsonb not null default '[]'::jsonb check (jsonb_typeof(socials) = 'array'),
  people jsonb not null default '[]'::jsonb check (jsonb_typeof(people) = 'array'),
  score integer check (score between 0 and 100),
  status text check (status in ('hot', 'warm', 'cold')),
  confidence numeric(4, 3) check (confidence between 0 and 1),
  reasons jsonb not null default '[]'::jsonb check (jsonb_typeof(reasons) = 'array'),
  signals jsonb not null default '[]'::jsonb check (jsonb_typeof(signals) = 'array'),
  qualification_method text check (qualification_method in ('llm', 'rules')),
  stage text not null default 'new'
    check (stage in ('new', 'contacted', 'qualified', 'proposal', 'won', 'lost', 'archived')),
  notes text check (notes is null or length(notes) <= 10000),
  tags text[] not null default '{}',
  source_url text,
  sources jsonb not null default '[]'::jsonb check (jsonb_typeof(sources) = 'array'),
  search tsvector generated always as (
    to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(company, '') || ' ' || coalesce(email, '') || ' ' || coalesce(domain, ''))
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, dedupe_key),
  unique (id, org_id),
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id) on delete set null (job_id)
);
create index scraped_leads_org_score on public.scraped_leads (org_id, score desc nulls last, id);
create index scraped_leads_org_created on public.scraped_leads (org_id, created_at desc, id desc);
create index scraped_leads_job on public.scraped_leads (job_id);
create index scraped_leads_search on public.scraped_leads using gin (search);

create table public.lead_enrichment (
  id uuid primary key default gen_random_uuid(),
  lead_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  provider text not null check (length(provider) between 1 and 50),
  type text not null check (type in ('company', 'email', 'linkedin', 'person')),
  data jsonb not null default '{}'::jsonb,
  confidence numeric(4, 3) check (confidence between 0 and 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (lead_id, provider, type),
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id) on delete cascade
);
create index lead_enrichment_org on public.lead_enrichment (org_id);

create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null unique references public.organizations (id) on delete cascade,
  plan text not null default 'free' check (plan in ('free', 'starter', 'pro', 'enterprise')),
  status text not null default 'active' check (status in ('active', 'trialing', 'past_due', 'canceled')),
  monthly_credits integer not null check (monthly_credits >= 0),
  stripe_customer_id text unique,
  stripe_subscription_id text unique,
  current_period_end timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- balance: credits free to spend; reserved: held by running jobs. Neither can go negative.
create table public.credits (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  balance integer not null default 0 check (balance >= 0),
  reserved integer not null default 0 check (reserved >= 0),
  updated_at timestamptz not null default now()
);

create table public.credit_transactions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  job_id uuid,
  kind text not null check (kind in ('grant', 'purchase', 'reserve', 'release', 'charge', 'refund', 'adjustment')),
  amount integer not null,
  balance_after integer not null check (balance_after >= 0),
  -- A retried or replayed step writes the same key and is refused: no double charge.
  idempotency_key text not null,
  description text,
  created_at timestamptz not null default now(),
  unique (org_id, idempotency_key),
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id) on delete set null (job_id)
);
create index credit_transactions_org_created on public.credit_transactions (org_id, created_at desc);
create index credit_transactions_job on public.credit_transactions (job_id);

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 100),
  key_hash text not null unique,
  key_hint text not null,
  scopes text[] not null check (cardinality(scopes) > 0 and scopes <@ array['read', 'write', 'delete']::text[]),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  check (key_hint like 'ls_live_%'),
  unique (id, org_id)
);
create index api_keys_org on public.api_keys (org_id, created_at desc);

alter table public.scraping_jobs
  add constraint scraping_jobs_api_key_fk foreign key (api_key_id, org_id)
  references public.api_keys (id, org_id) on delete set null (api_key_id);

create table public.webhooks (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  url text not null check (url ~ '^https?://' and length(url) <= 2048),
  description text check (description is null or length(description) <= 500),
  secret text not null check (secret like 'whsec_%'),
  previous_secret text,
  secret_rotated_at timestamptz,
  events text[] not null check (
    cardinality(events) > 0 and events <@ array['job.completed', 'job.failed', 'job.cancelled']::text[]
  ),
  active boolean not null default true,
  consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
  failing_since timestamptz,
  disabled_reason text,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, org_id)
);
create index webhooks_org on public.webhooks (org_id);

create table public.webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- null for the one-off delivery to a job's own webhook_url
  webhook_id uuid,
  job_id uuid,
  event_id text not null,
  event_type text not null,
  url text not null,
  attempt integer not null check (attempt >= 1),
  request_headers jsonb not null default '{}'::jsonb,
  request_body text not null,
  response_status integer,
  response_body text check (response_body is null or length(response_body) <= 4096),
  duration_ms integer check (duration_ms >= 0),
  error text,
  succeeded boolean not null default false,
  created_at timestamptz not null default now(),
  unique (webhook_id, event_id, attempt),
  foreign key (webhook_id, org_id) references public.webhooks (id, org_id) on delete cascade,
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id) on delete set null (job_id)
);
create index webhook_deliveries_webhook_created on public.webhook_deliveries (webhook_id, created_at desc);
create index webhook_deliveries_org_created on public.webhook_deliveries (org_id, created_at desc);

create table public.audit_log (
  id bigint generated always as identity primary key,
  org_id uuid references public.organizations (id) on delete cascade,
  actor_id uuid references auth.users (id) on delete set null,
  action text not null check (length(action) between 1 and 100),
  target_type text,
  target_id text,
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_org_created on public.audit_log (org_id, created_at desc);

-- updated_at follows every change, whoever makes it.
create function public.touch_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array['profiles', 'organizations', 'scraping_jobs', 'scraped_leads', 'lead_enrichment',
                           'subscriptions', 'credits', 'webhooks'] loop
    execute format('create trigger %I before update on public.%I for each row execute function public.touch_updated_at()',
                   t || '_touch_updated_at', t);
  end loop;
end
$$;
