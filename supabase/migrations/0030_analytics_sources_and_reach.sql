-- Two more analytics rollups kept by scraped_leads' own triggers, as lead_daily_counts is (0027):
-- whoever writes a lead (a job, a form, an import, a stage move, an edit, a delete, an
-- organization's erasure) moves them in the same transaction, so they are never stale.
--
-- 1. Top sources. Counting a range's leads by domain read every lead in it through 0027's covering
--    index and hashed each domain: at 1,000,000 leads a year a 90-day range is 250,000 index
--    entries (about 75 ms of scan and 95 ms of hashing in EXPLAIN ANALYZE), a custom year all of
--    them. A per-(day, domain) rollup saves nothing when a day's leads come from as many domains as
--    there are leads (the bench's spread: 2,740 leads a day over 5,000 domains), so the rollup is
--    per calendar month: at most one row per domain a month. lib/analytics/source-segments.ts cuts
--    a range into whole months read here and at most two partial months, each counted from the
--    leads either directly or as the month's total less the days outside the range, whichever
--    reads fewer days (at most about 15 per end): exact for any range, and bounded.
--
-- 2. Conversion between stages from history. A lead records when it FIRST reached each stage of
--    the forward path (first_contacted_at … first_won_at; "new" is created_at): set by a row
--    trigger whenever its stage changes (the same instant as the lead_stage_changes row written
--    in that transaction), never moved by a reopen. lead_stage_reach_counts holds, per
--    organization, UTC day and stage, how many leads first reached the stage that day and how many
--    of those went on to reach the next stage (at any time since): a few rows a day.

alter table public.scraped_leads
  add column first_contacted_at timestamptz,
  add column first_qualified_at timestamptz,
  add column first_proposal_at timestamptz,
  add column first_won_at timestamptz;

-- A lead that arrives past "new" (an import with a stage) reached that stage, and the forward
-- stages before it, when it arrived. A stage change stamps the new stage the first time only.
create function public.scraped_leads_stage_reached() returns trigger
language plpgsql set search_path = '' as $$
declare
  reached_at timestamptz := case when tg_op = 'INSERT' then new.created_at else now() end;
  pos int := array_position(array['new', 'contacted', 'qualified', 'proposal', 'won'], new.stage);
begin
  if pos is null or pos = 1 then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if pos >= 2 then new.first_contacted_at := coalesce(new.first_contacted_at, reached_at); end if;
    if pos >= 3 then new.first_qualified_at := coalesce(new.first_qualified_at, reached_at); end if;
    if pos >= 4 then new.first_proposal_at := coalesce(new.first_proposal_at, reached_at); end if;
    if pos >= 5 then new.first_won_at := coalesce(new.first_won_at, reached_at); end if;
  elsif pos = 2 then new.first_contacted_at := coalesce(new.first_contacted_at, reached_at);
  elsif pos = 3 then new.first_qualified_at := coalesce(new.first_qualified_at, reached_at);
  elsif pos = 4 then new.first_proposal_at := coalesce(new.first_proposal_at, reached_at);
  else new.first_won_at := coalesce(new.first_won_at, reached_at);
  end if;
  return new;
end
$$;

revoke execute on function public.scraped_leads_stage_reached() from public, anon, authenticated;

-- Existing leads first (before the rollups' triggers exist): each stage's first history row,
-- then the stage the lead arrived in — where its history begins (the earliest row's from_stage,
-- or the stage 0025 recorded it at, from null), or its current stage when it has no history — as
-- reached, with the forward stages before it, at that moment.
with firsts as (
  select lead_id,
         min(created_at) filter (where to_stage = 'contacted') as c,
         min(created_at) filter (where to_stage = 'qualified') as q,
         min(created_at) filter (where to_stage = 'proposal') as p,
         min(created_at) filter (where to_stage = 'won') as w
  from public.lead_stage_changes group by lead_id
), earliest as (
  select distinct on (lead_id) lead_id, coalesce(from_stage, to_stage) as stage,
         case when from_stage is null then created_at end as at
  from public.lead_stage_changes order by lead_id, created_at, id
), arrival as (
  select l.id, coalesce(e.at, l.created_at) as at,
         coalesce(array_position(array['new', 'contacted', 'qualified', 'proposal', 'won'],
                                 coalesce(e.stage, l.stage)), 0) as rank,
         f.c, f.q, f.p, f.w
  from public.scraped_leads l
  left join earliest e on e.lead_id = l.id
  left join firsts f on f.lead_id = l.id
  where f.lead_id is not null or l.stage <> 'new'
)
update public.scraped_leads l
set first_contacted_at = least(a.c, case when a.rank >= 2 then a.at end),
    first_qualified_at = least(a.q, case when a.rank >= 3 then a.at end),
    first_proposal_at = least(a.p, case when a.rank >= 4 then a.at end),
    first_won_at = least(a.w, case when a.rank >= 5 then a.at end)
from arrival a
where a.id = l.id;

create trigger scraped_leads_stage_reached_insert before insert on public.scraped_leads
  for each row when (new.stage <> 'new')
  execute function public.scraped_leads_stage_reached();
create trigger scraped_leads_stage_reached_update before update of stage on public.scraped_leads
  for each row when (new.stage is distinct from old.stage)
  execute function public.scraped_leads_stage_reached();

create table public.lead_source_monthly_counts (
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- The first day of the leads' creation month in UTC.
  month date not null,
  -- The lead's domain; '(no domain)' for a lead without one, as the chart shows it.
  source text not null,
  leads integer not null default 0,
  primary key (org_id, month, source)
);

create table public.lead_stage_reach_counts (
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- The UTC day the leads first reached the stage ("new": their creation day).
  day date not null,
  stage text not null check (stage in ('new', 'contacted', 'qualified', 'proposal', 'won')),
  reached integer not null default 0,
  -- Of them, how many have reached the next stage since (none after "won").
  went_on integer not null default 0,
  primary key (org_id, day, stage)
);

alter table public.lead_source_monthly_counts enable row level security;
alter table public.lead_stage_reach_counts enable row level security;
-- Every member reads; nobody writes but the triggers (security definer).
create policy lead_source_monthly_counts_select on public.lead_source_monthly_counts
  for select to authenticated using (org_id = any (array(select public.member_org_ids())));
create policy lead_stage_reach_counts_select on public.lead_stage_reach_counts
  for select to authenticated using (org_id = any (array(select public.member_org_ids())));
revoke insert, update, delete on public.lead_source_monthly_counts from authenticated;
revoke insert, update, delete on public.lead_stage_reach_counts from authenticated;

-- Each statement's net change per key, as lead_daily_counts_track does (0027): new rows count +1,
-- old rows -1, an update that moves no key writes nothing, keys in order so concurrent statements
-- lock counter rows in the same order, and a delete only lowers existing counters (when an
-- organization is deleted its counters may be gone first; inserting one back would point at it).
create function public.lead_source_monthly_counts_track() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.lead_source_monthly_counts as c (org_id, month, source, leads)
    select org_id, date_trunc('month', created_at at time zone 'UTC')::date,
           coalesce(domain, '(no domain)'), count(*)
    from new_rows group by 1, 2, 3 order by 1, 2, 3
    on conflict (org_id, month, source) do update set leads = c.leads + excluded.leads;
  elsif tg_op = 'DELETE' then
    update public.lead_source_monthly_counts c set leads = c.leads - o.n
    from (select org_id, date_trunc('month', created_at at time zone 'UTC')::date as month,
                 coalesce(domain, '(no domain)') as source, count(*) as n
          from old_rows group by 1, 2, 3 order by 1, 2, 3) o
    where c.org_id = o.org_id and c.month = o.month and c.source = o.source;
  else
    insert into public.lead_source_monthly_counts as c (org_id, month, source, leads)
    select org_id, month, source, sum(n)
    from (select org_id, date_trunc('month', created_at at time zone 'UTC')::date as month,
                 coalesce(domain, '(no domain)') as source, 1 as n from new_rows
          union all
          select org_id, date_trunc('month', created_at at time zone 'UTC')::date,
                 coalesce(domain, '(no domain)'), -1 from old_rows) u
    group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3
    on conflict (org_id, month, source) do update set leads = c.leads + excluded.leads;
  end if;
  return null;
end
$$;

-- A lead's contributions to lead_stage_reach_counts: one row per forward stage it has reached, on
-- the UTC day it first did, went_on 1 when it reached the next stage at or after that instant.
-- Written out in each statement (a set-returning function would not be inlined).
create function public.lead_stage_reach_counts_track() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.lead_stage_reach_counts as c (org_id, day, stage, reached, went_on)
    select n.org_id, (s.at at time zone 'UTC')::date, s.stage, count(*),
           count(*) filter (where s.next_at >= s.at)
    from new_rows n
    cross join lateral (values ('new', n.created_at, n.first_contacted_at),
      ('contacted', n.first_contacted_at, n.first_qualified_at),
      ('qualified', n.first_qualified_at, n.first_proposal_at),
      ('proposal', n.first_proposal_at, n.first_won_at),
      ('won', n.first_won_at, null)) as s (stage, at, next_at)
    where s.at is not null
    group by 1, 2, 3 order by 1, 2, 3
    on conflict (org_id, day, stage) do update
      set reached = c.reached + excluded.reached, went_on = c.went_on + excluded.went_on;
  elsif tg_op = 'DELETE' then
    update public.lead_stage_reach_counts c
    set reached = c.reached - o.reached, went_on = c.went_on - o.went_on
    from (select n.org_id, (s.at at time zone 'UTC')::date as day, s.stage, count(*) as reached,
                 count(*) filter (where s.next_at >= s.at) as went_on
          from old_rows n
          cross join lateral (values ('new', n.created_at, n.first_contacted_at),
            ('contacted', n.first_contacted_at, n.first_qualified_at),
            ('qualified', n.first_qualified_at, n.first_proposal_at),
            ('proposal', n.first_proposal_at, n.first_won_at),
            ('won', n.first_won_at, null)) as s (stage, at, next_at)
          where s.at is not null
          group by 1, 2, 3 order by 1, 2, 3) o
    where c.org_id = o.org_id and c.day = o.day and c.stage = o.stage;
  else
    insert into public.lead_stage_reach_counts as c (org_id, day, stage, reached, went_on)
    select u.org_id, (s.at at time zone 'UTC')::date, s.stage, sum(u.sign),
           coalesce(sum(u.sign) filter (where s.next_at >= s.at), 0)
    from (select 1 as sign, org_id, created_at, first_contacted_at, first_qualified_at,
                 first_proposal_at, first_won_at from new_rows
          union all
          select -1, org_id, created_at, first_contacted_at, first_qualified_at,
                 first_proposal_at, first_won_at from old_rows) u
    cross join lateral (values ('new', u.created_at, u.first_contacted_at),
      ('contacted', u.first_contacted_at, u.first_qualified_at),
      ('qualified', u.first_qualified_at, u.first_proposal_at),
      ('proposal', u.first_proposal_at, u.first_won_at),
      ('won', u.first_won_at, null)) as s (stage, at, next_at)
    where s.at is not null
    group by 1, 2, 3
    having sum(u.sign) <> 0 or coalesce(sum(u.sign) filter (where s.next_at >= s.at), 0) <> 0
    order by 1, 2, 3
    on conflict (org_id, day, stage) do update
      set reached = c.reached + excluded.reached, went_on = c.went_on + excluded.went_on;
  end if;
  return null;
end
$$;

revoke execute on function public.lead_source_monthly_counts_track() from public, anon, authenticated;
revoke execute on function public.lead_stage_reach_counts_track() from public, anon, authenticated;

-- The leads that exist already.
insert into public.lead_source_monthly_counts (org_id, month, source, leads)
select org_id, date_trunc('month', created_at at time zone 'UTC')::date,
       coalesce(domain, '(no domain)'), count(*)
from public.scraped_leads group by 1, 2, 3;

insert into public.lead_stage_reach_counts (org_id, day, stage, reached, went_on)
select n.org_id, (s.at at time zone 'UTC')::date, s.stage, count(*),
       count(*) filter (where s.next_at >= s.at)
from public.scraped_leads n
cross join lateral (values ('new', n.created_at, n.first_contacted_at),
  ('contacted', n.first_contacted_at, n.first_qualified_at),
  ('qualified', n.first_qualified_at, n.first_proposal_at),
  ('proposal', n.first_proposal_at, n.first_won_at),
  ('won', n.first_won_at, null)) as s (stage, at, next_at)
where s.at is not null
group by 1, 2, 3;

create trigger scraped_leads_source_counts_insert after insert on public.scraped_leads
  referencing new table as new_rows
  for each statement execute function public.lead_source_monthly_counts_track();
create trigger scraped_leads_source_counts_update after update on public.scraped_leads
  referencing old table as old_rows new table as new_rows
  for each statement execute function public.lead_source_monthly_counts_track();
create trigger scraped_leads_source_counts_delete after delete on public.scraped_leads
  referencing old table as old_rows
  for each statement execute function public.lead_source_monthly_counts_track();

create trigger scraped_leads_stage_reach_insert after insert on public.scraped_leads
  referencing new table as new_rows
  for each statement execute function public.lead_stage_reach_counts_track();
create trigger scraped_leads_stage_reach_update after update on public.scraped_leads
  referencing old table as old_rows new table as new_rows
  for each statement execute function public.lead_stage_reach_counts_track();
create trigger scraped_leads_stage_reach_delete after delete on public.scraped_leads
  referencing old table as old_rows
  for each statement execute function public.lead_stage_reach_counts_track();
