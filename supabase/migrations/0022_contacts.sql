-- Contacts: the people a job finds on a company's site, as rows of their own, linked to the
-- company lead they were found on (lib/contacts). One row per person per organization across
-- jobs: keyed by email when the person has a personal one, else by company domain and the
-- normalized name. Generic inboxes (info@, sales@) stay on the company lead, never on a contact.
create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  lead_id uuid not null,
  -- 'email:' || email, or 'name:' || domain || '|' || normalized name (lib/contacts/from-people.ts)
  dedupe_key text not null check (length(dedupe_key) between 1 and 700),
  name text not null check (length(name) between 1 and 300),
  title text check (title is null or length(title) <= 300),
  email text check (email is null or (email = lower(email) and length(email) <= 320)),
  phone text check (phone is null or length(phone) <= 40),
  linkedin_url text check (linkedin_url is null or length(linkedin_url) <= 500),
  -- the page the person was found on
  source_url text check (source_url is null or length(source_url) <= 2000),
  domain text not null,
  -- the job that first found the person, and the latest one that did
  first_job_id uuid,
  job_id uuid,
  search tsvector generated always as (
    to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(title, '') || ' ' || coalesce(email, '') || ' ' || domain)
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, dedupe_key),
  unique (id, org_id),
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id) on delete cascade,
  foreign key (first_job_id, org_id) references public.scraping_jobs (id, org_id)
    on delete set null (first_job_id),
  foreign key (job_id, org_id) references public.scraping_jobs (id, org_id)
    on delete set null (job_id)
);
create index contacts_org_created on public.contacts (org_id, created_at desc, id desc);
create index contacts_org_name on public.contacts (org_id, lower(name), id);
create index contacts_lead on public.contacts (lead_id);
create index contacts_job on public.contacts (job_id);
create index contacts_first_job on public.contacts (first_job_id);
create index contacts_search on public.contacts using gin (search);

alter table public.contacts enable row level security;
-- Like leads (0007_rls_fast.sql): every member reads; admins and members edit and delete, with
-- membership asked once per statement. Workers insert as the service role.
create policy contacts_select on public.contacts for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
create policy contacts_update on public.contacts for update to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin', 'member']))))
  with check (org_id = any (array(select public.member_org_ids(array['admin', 'member']))));
create policy contacts_delete on public.contacts for delete to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin', 'member']))));
