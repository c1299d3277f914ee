-- The Analytics page's queries at 1,000,000 leads (bench/analytics measures them).
--
-- Top sources reads the leads created in a date range of one organization and only their domain.
-- scraped_leads_org_created has the range but not the domain, so the query fetched every
-- matching row from the table; with it included it is an index-only range scan. Domains are host
-- names (at most 253 characters), well under a b-tree entry's size limit.
create index scraped_leads_org_created_analytics
  on public.scraped_leads (org_id, created_at) include (domain);

-- Credits used per day sums the ledger's charges and refunds only: a partial index holds just
-- those rows (holds, releases and grants are most of the ledger) with their amounts.
create index credit_transactions_org_usage
  on public.credit_transactions (org_id, created_at) include (amount)
  where kind in ('charge', 'refund');

-- Jobs per day by status, index-only as well.
create index scraping_jobs_org_created_status
  on public.scraping_jobs (org_id, created_at) include (status);

-- Leads per day by status and by stage: a rollup kept by the write path.
--
-- Even index-only (status and stage included), counting a 90-day range reads every lead in it
-- (250,000 at 1,000,000 leads a year): 200–500 ms on a loaded 2-core machine (bench/analytics);
-- a custom year reads them all. These charts need
-- only counts per (day, status, stage), at most a few dozen rows a day, so statement-level
-- triggers on scraped_leads keep them: whoever writes a lead (a job, a form, an import, an edit,
-- a delete) moves the counts in the same transaction, so they are never stale. Top sources stay
-- on the index above (a per-domain rollup would be as large as the leads).
create table public.lead_daily_counts (
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- The lead's creation day in UTC, as the charts' days are.
  day date not null,
  -- 'unscored' for a lead without a status, so the key has no nulls.
  status text not null,
  stage text not null,
  leads integer not null default 0,
  primary key (org_id, day, status, stage)
);

alter table public.lead_daily_counts enable row level security;
-- Every member reads; nobody writes but the triggers (security definer).
create policy lead_daily_counts_select on public.lead_daily_counts for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));
revoke insert, update, delete on public.lead_daily_counts from authenticated;

-- Adds each statement's net change per key: new rows count +1, old rows -1 (an update that moves
-- neither status, stage nor day nets to zero and writes nothing). Keys in order, so concurrent
-- statements take the counter rows' locks in the same order. A delete only lowers existing
-- counters: when an organization is deleted its counters may be gone first (both cascade), and
-- inserting one back would point at the deleted organization.
create function public.lead_daily_counts_track() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    insert into public.lead_daily_counts as c (org_id, day, status, stage, leads)
    select org_id, (created_at at time zone 'UTC')::date, coalesce(status, 'unscored'), stage,
           count(*)
    from new_rows group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (org_id, day, status, stage) do update set leads = c.leads + excluded.leads;
  elsif tg_op = 'DELETE' then
    update public.lead_daily_counts c set leads = c.leads - o.n
    from (select org_id, (created_at at time zone 'UTC')::date as day,
                 coalesce(status, 'unscored') as status, stage, count(*) as n
          from old_rows group by 1, 2, 3, 4 order by 1, 2, 3, 4) o
    where c.org_id = o.org_id and c.day = o.day and c.status = o.status and c.stage = o.stage;
  else
    insert into public.lead_daily_counts as c (org_id, day, status, stage, leads)
    select org_id, day, status, stage, sum(n)
    from (select org_id, (created_at at time zone 'UTC')::date as day,
                 coalesce(status, 'unscored') as status, stage, 1 as n from new_rows
          union all
          select org_id, (created_at at time zone 'UTC')::date, coalesce(status, 'unscored'),
                 stage, -1 from old_rows) u
    group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4
    on conflict (org_id, day, status, stage) do update set leads = c.leads + excluded.leads;
  end if;
  return null;
end
$$;

revoke execute on function public.lead_daily_counts_track() from public, anon, authenticated;

create trigger scraped_leads_daily_counts_insert after insert on public.scraped_leads
  referencing new table as new_rows
  for each statement execute function public.lead_daily_counts_track();
create trigger scraped_leads_daily_counts_update after update on public.scraped_leads
  referencing old table as old_rows new table as new_rows
  for each statement execute function public.lead_daily_counts_track();
create trigger scraped_leads_daily_counts_delete after delete on public.scraped_leads
  referencing old table as old_rows
  for each statement execute function public.lead_daily_counts_track();

-- The leads that exist already.
insert into public.lead_daily_counts (org_id, day, status, stage, leads)
select org_id, (created_at at time zone 'UTC')::date, coalesce(status, 'unscored'), stage, count(*)
from public.scraped_leads
group by 1, 2, 3, 4;
