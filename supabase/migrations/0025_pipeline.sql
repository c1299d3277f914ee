-- The pipeline with history (lib/leads/stages.ts holds the allowed transitions): a row per stage
-- change, naming who made it (a member in the dashboard, or an API key acting for its creator),
-- and a notes thread per lead replacing the single overwritten notes field. Both are
-- append-only records of what happened: history rows are never edited; a note only by its author.

create table public.lead_stage_changes (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  lead_id uuid not null,
  -- null: the stage the lead already had when history began (backfilled below)
  from_stage text check (from_stage in ('new', 'contacted', 'qualified', 'proposal', 'won', 'lost', 'archived')),
  to_stage text not null check (to_stage in ('new', 'contacted', 'qualified', 'proposal', 'won', 'lost', 'archived')),
  actor_id uuid references auth.users (id) on delete set null,
  -- set when the move came through the REST API: the key used, as well as the member it acts for
  api_key_id uuid references public.api_keys (id) on delete set null,
  created_at timestamptz not null default now(),
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id) on delete cascade
);
create index lead_stage_changes_lead on public.lead_stage_changes (lead_id, created_at, id);
-- "when did each lead first reach a stage" across an organization (conversion between stages)
create index lead_stage_changes_org_stage on public.lead_stage_changes (org_id, to_stage, created_at);
create index lead_stage_changes_actor on public.lead_stage_changes (actor_id);
create index lead_stage_changes_key on public.lead_stage_changes (api_key_id);

create table public.lead_notes (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  lead_id uuid not null,
  -- null: the author left, or the note was the lead's notes field before the thread existed
  author_id uuid references auth.users (id) on delete set null,
  api_key_id uuid references public.api_keys (id) on delete set null,
  body text not null check (length(btrim(body)) between 1 and 10000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (lead_id, org_id) references public.scraped_leads (id, org_id) on delete cascade
);
create index lead_notes_lead on public.lead_notes (lead_id, created_at, id);
create index lead_notes_author on public.lead_notes (author_id);
create index lead_notes_key on public.lead_notes (api_key_id);

alter table public.lead_stage_changes enable row level security;
alter table public.lead_notes enable row level security;
-- Every member reads; admins and members write, in their own name only (actor_id/author_id is
-- auth.uid(), so nobody can put words in a colleague's mouth). History is never edited or
-- deleted; a note is edited or deleted by its author alone.
create policy lead_stage_changes_select on public.lead_stage_changes for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
create policy lead_stage_changes_insert on public.lead_stage_changes for insert to authenticated
  with check (org_id = any (array(select public.member_org_ids(array['admin', 'member'])))
    and actor_id = (select auth.uid()));
create policy lead_notes_select on public.lead_notes for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
create policy lead_notes_insert on public.lead_notes for insert to authenticated
  with check (org_id = any (array(select public.member_org_ids(array['admin', 'member'])))
    and author_id = (select auth.uid()));
create policy lead_notes_update on public.lead_notes for update to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin', 'member'])))
    and author_id = (select auth.uid()))
  with check (org_id = any (array(select public.member_org_ids(array['admin', 'member'])))
    and author_id = (select auth.uid()));
create policy lead_notes_delete on public.lead_notes for delete to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin', 'member'])))
    and author_id = (select auth.uid()));

-- History begins now: a lead already past "new" gets one row saying where it stood (from null,
-- nobody, at its last change), so "first reached" has a value for it.
insert into public.lead_stage_changes (org_id, lead_id, from_stage, to_stage, created_at)
  select org_id, id, null, stage, updated_at from public.scraped_leads where stage <> 'new';

-- The old notes field becomes the first note of each thread, kept as it was written.
insert into public.lead_notes (org_id, lead_id, author_id, body, created_at, updated_at)
  select org_id, id, null, notes, updated_at, updated_at from public.scraped_leads
  where notes is not null and length(btrim(notes)) > 0;

-- Endpoints may subscribe to lead events. lead.created (inbound capture) is allowed here too, so
-- whichever of the two migrations runs last leaves both event types valid.
alter table public.webhooks drop constraint webhooks_events_check;
alter table public.webhooks add constraint webhooks_events_check check (
  cardinality(events) > 0 and events <@ array[
    'job.completed', 'job.failed', 'job.cancelled', 'lead.created', 'lead.stage_changed'
  ]::text[]
);
