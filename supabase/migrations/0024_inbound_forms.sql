-- Inbound capture (lib/inbound): forms an organization puts on its own site, and what prospects
-- send through them. A form's slug is its public address (/f/{slug}, POST
-- /api/public/forms/{slug}), so it is unique across organizations, not per organization.
create table public.inbound_forms (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{2,62}$'),
  -- Which fields the form asks; the email is always asked (a lead without one cannot be answered).
  fields text[] not null check (
    'email' = any (fields)
    and fields <@ array['name', 'email', 'company', 'website', 'phone', 'message', 'file']::text[]
  ),
  -- Org members' addresses told of each submission (lib/inbound checks they are members).
  recipients text[] not null default '{}' check (cardinality(recipients) <= 20),
  enabled boolean not null default true,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, org_id)
);
create index inbound_forms_org on public.inbound_forms (org_id, created_at desc);

create table public.inbound_submissions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  form_id uuid not null,
  lead_id uuid,
  -- The prospect's answers, as validated (lib/inbound/schemas.ts).
  data jsonb not null default '{}'::jsonb check (jsonb_typeof(data) = 'object'),
  -- The attached file: its storage key (lib/inbound/file-store.ts), the name the prospect gave it,
  -- and the type its content proved (never the declared one).
  file_key text check (file_key is null or length(file_key) <= 300),
  file_name text check (file_name is null or length(file_name) <= 255),
  file_type text check (file_type is null or file_type in ('pdf', 'docx', 'png', 'jpg')),
  file_size integer check (file_size is null or file_size between 1 and 10485760),
  created_at timestamptz not null default now(),
  unique (id, org_id),
  foreign key (form_id, org_id) references public.inbound_forms (id, org_id) on delete cascade,
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id)
    on delete set null (lead_id)
);
create index inbound_submissions_org on public.inbound_submissions (org_id, created_at desc, id desc);
create index inbound_submissions_form on public.inbound_submissions (form_id, created_at desc);
create index inbound_submissions_lead on public.inbound_submissions (lead_id);

alter table public.inbound_forms enable row level security;
-- Every member reads the forms; admins create, edit and delete them.
create policy inbound_forms_select on public.inbound_forms for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
create policy inbound_forms_insert on public.inbound_forms for insert to authenticated
  with check (org_id = any (array(select public.member_org_ids(array['admin']))));
create policy inbound_forms_update on public.inbound_forms for update to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin']))))
  with check (org_id = any (array(select public.member_org_ids(array['admin']))));
create policy inbound_forms_delete on public.inbound_forms for delete to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin']))));

alter table public.inbound_submissions enable row level security;
-- Members read submissions (and so may ask for a file's link); the public endpoint inserts as the
-- service role; admins delete.
create policy inbound_submissions_select on public.inbound_submissions for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
create policy inbound_submissions_delete on public.inbound_submissions for delete to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin']))));

-- Webhook endpoints may subscribe to lead events. lead.stage_changed is listed with lead.created
-- so the two lead events can be subscribed to whichever migration runs last.
alter table public.webhooks drop constraint if exists webhooks_events_check;
alter table public.webhooks add constraint webhooks_events_check check (
  cardinality(events) > 0
  and events <@ array['job.completed', 'job.failed', 'job.cancelled', 'lead.created', 'lead.stage_changed']::text[]
);
