-- Billing: two buckets in the credit ledger, Stripe's webhook events applied once, credit packs.
-- The plan table lives in lib/billing/plans.ts; these functions only move amounts.
--
-- credits.balance (free to spend) and credits.reserved (held by running jobs) stay as they were;
-- credits.purchased is the purchased bucket's share of balance + reserved. The allowance bucket is
-- what remains: balance + reserved - purchased. A charge draws the allowance first (purchased only
-- shrinks by what the allowance could not cover); a renewal tops the allowance up to the plan's
-- amount (never cuts it); a pack or a grant adds to balance and purchased; a clawback (refund,
-- dispute) removes min(asked, purchased) from both. Only a clawback can take the balance below
-- zero (when the clawed credits are held by running jobs): reserve_job_credits still needs
-- balance >= amount, so new jobs are then refused.

alter table public.credits drop constraint credits_balance_check;
alter table public.credits
  add column purchased integer not null default 0,
  add constraint credits_purchased_nonnegative check (purchased >= 0),
  -- the allowance bucket is never negative
  add constraint credits_purchased_within_total check (purchased <= balance + reserved);

alter table public.credit_transactions drop constraint credit_transactions_balance_after_check;
alter table public.credit_transactions drop constraint credit_transactions_kind_check;
alter table public.credit_transactions
  add constraint credit_transactions_kind_check check (kind in (
    'grant', 'purchase', 'reserve', 'release', 'charge', 'refund', 'adjustment', 'allowance', 'clawback')),
  -- How much of `amount` moved the purchased bucket, and the bucket after it.
  add column purchased_delta integer not null default 0,
  add column purchased_after integer,
  -- The cause, beyond job_id: the Stripe event and object (checkout session, invoice, charge,
  -- dispute), or the user / administrator who granted.
  add column stripe_event_id text,
  add column stripe_object_id text,
  add column actor_id uuid references auth.users (id) on delete set null;
create index credit_transactions_stripe_object on public.credit_transactions (stripe_object_id)
  where stripe_object_id is not null;

alter table public.subscriptions
  add column billing_interval text check (billing_interval in ('month', 'year')),
  add column stripe_price_id text,
  add column cancel_at_period_end boolean not null default false,
  add column current_period_start timestamptz,
  -- When the allowance is next topped up by the scheduled renewal (organizations Stripe does not
  -- bill monthly: Free, plans set by the CLI, yearly subscriptions). Null: one period from now.
  add column allowance_renews_at timestamptz;

-- Every Stripe event applied, stored in the same transaction as its effect: a replay finds its id
-- and changes nothing. Service role only (no policy): members see billing through subscriptions.
create table public.stripe_events (
  id text primary key,
  type text not null,
  org_id uuid references public.organizations (id) on delete cascade,
  stripe_created timestamptz not null,
  outcome text not null,
  processed_at timestamptz not null default now()
);
alter table public.stripe_events enable row level security;
create index stripe_events_org on public.stripe_events (org_id, processed_at desc);

-- Credit packs sold through Checkout: what a refund or dispute of their payment claws back.
create table public.credit_purchases (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  checkout_session_id text not null unique,
  payment_intent_id text unique,
  pack text not null,
  credits integer not null check (credits > 0),
  -- Credits the refunds and disputes of this payment have asked back so far (at most `credits`).
  clawed_back integer not null default 0 check (clawed_back between 0 and credits),
  created_at timestamptz not null default now()
);
alter table public.credit_purchases enable row level security;
create index credit_purchases_org on public.credit_purchases (org_id, created_at desc);

-- One movement of the buckets, once per (org, p_key). Kinds:
--   allowance  p_amount is the plan's allowance: the allowance bucket is topped up to it
--   purchase, grant  p_amount credits added to balance and purchased
--   clawback   up to p_amount removed from purchased and balance (min(p_amount, purchased))
-- Returns the credits actually moved (signed), or null when p_key was seen before (a replay).
-- Service role only: Stripe webhooks, the renewal function and the CLI call it.
create function public.move_credits(
  p_org uuid, p_kind text, p_amount integer, p_key text, p_description text,
  p_stripe_event text default null, p_stripe_object text default null, p_actor uuid default null
) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  v_c public.credits;
  v_delta integer;
  v_purchased integer;
begin
  if p_amount is null or p_amount < 0 then
    raise exception 'amount must be zero or more' using errcode = '22023';
  end if;
  if p_kind not in ('allowance', 'purchase', 'grant', 'clawback') then
    raise exception 'unknown credit movement %', p_kind using errcode = '22023';
  end if;
  -- The credits row lock serialises every movement of one organization's buckets.
  select * into v_c from public.credits c where c.org_id = p_org for update;
  if v_c.org_id is null then
    raise exception 'organization has no credits row' using errcode = 'P0002';
  end if;
  if exists (select 1 from public.credit_transactions t
              where t.org_id = p_org and t.idempotency_key = p_key) then
    return null;
  end if;
  if p_kind = 'allowance' then
    v_delta := greatest(p_amount - (v_c.balance + v_c.reserved - v_c.purchased), 0);
    v_purchased := 0;
  elsif p_kind = 'clawback' then
    v_delta := -least(p_amount, v_c.purchased);
    v_purchased := v_delta;
  else
    v_delta := p_amount;
    v_purchased := p_amount;
  end if;
  update public.credits c
     set balance = c.balance + v_delta, purchased = c.purchased + v_purchased
   where c.org_id = p_org
  returning * into v_c;
  insert into public.credit_transactions (org_id, kind, amount, balance_after, purchased_delta,
    purchased_after, idempotency_key, description, stripe_event_id, stripe_object_id, actor_id)
  values (p_org, p_kind, v_delta, v_c.balance, v_purchased, v_c.purchased, p_key, p_description,
          p_stripe_event, p_stripe_object, p_actor);
  return v_delta;
end
$$;
revoke execute on function public.move_credits(uuid, text, integer, text, text, text, text, uuid)
  from public, anon, authenticated;
grant execute on function public.move_credits(uuid, text, integer, text, text, text, text, uuid)
  to service_role;

-- charge_job_credits as in 0005, exact, plus the buckets: the charge draws the allowance first and
-- shrinks purchased only by what the allowance (balance + reserved - purchased) could not cover.
create or replace function public.charge_job_credits(p_job uuid, p_amount integer, p_key text, p_description text)
returns integer
language plpgsql security definer set search_path = '' as $$
declare
  v_job public.scraping_jobs;
  v_amount integer;
  v_balance integer;
  v_c public.credits;
  v_from_purchased integer;
  v_purchased integer;
begin
  if p_amount is null or p_amount <= 0 then
    return 0;
  end if;
  -- The job row lock serialises every charge and release of one job.
  select * into v_job from public.scraping_jobs j where j.id = p_job for update;
  if v_job.id is null then
    return 0;
  end if;
  -- Seen before (a retried or replayed step): charge nothing, answer with what was charged then.
  select -t.amount into v_amount from public.credit_transactions t
   where t.org_id = v_job.org_id and t.idempotency_key = p_key;
  if v_amount is not null then
    return v_amount;
  end if;
  -- An ended (completed, failed, cancelled) job has given its hold back: late work is free.
  if v_job.completed_at is not null then
    return 0;
  end if;
  v_amount := least(p_amount, v_job.credits_reserved - v_job.credits_used - v_job.credits_released);
  if v_amount <= 0 then
    return 0;
  end if;
  select * into v_c from public.credits c where c.org_id = v_job.org_id for update;
  if v_c.org_id is null or v_c.reserved < v_amount then
    raise exception 'credit hold out of step for job %', p_job using errcode = 'P0001';
  end if;
  -- Allowance first: only what the allowance bucket cannot cover comes out of purchased.
  v_from_purchased := greatest(v_amount - (v_c.balance + v_c.reserved - v_c.purchased), 0);
  update public.credits c
     set reserved = c.reserved - v_amount, purchased = c.purchased - v_from_purchased
   where c.org_id = v_job.org_id
  returning c.balance, c.purchased into v_balance, v_purchased;
  update public.scraping_jobs set credits_used = credits_used + v_amount where id = p_job;
  insert into public.credit_transactions (org_id, job_id, kind, amount, balance_after, idempotency_key,
    description, purchased_delta, purchased_after)
  values (v_job.org_id, p_job, 'charge', -v_amount, v_balance, p_key, p_description,
          -v_from_purchased, v_purchased);
  return v_amount;
end
$$;
