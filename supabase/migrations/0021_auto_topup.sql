-- Opt-in auto top-up: below a threshold, buy a pack off-session with the saved card, at most
-- max_per_month times a calendar month (UTC). Settings are written by admins through the app
-- (service role, after the role check); members read them (the Billing page shows the state).
create table public.auto_topups (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  enabled boolean not null default false,
  threshold integer not null check (threshold between 0 and 10000000),
  pack text not null check (pack in ('1k', '5k', '25k')),
  max_per_month integer not null check (max_per_month between 1 and 31),
  -- Set when a charge needs the cardholder (SCA) or no card is saved: nothing is tried until an
  -- admin saves the settings again.
  paused_at timestamptz,
  paused_reason text,
  updated_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now()
);
alter table public.auto_topups enable row level security;
create policy auto_topups_select on public.auto_topups for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));

-- One row per attempt. (org_id, trigger_key) is unique: a trigger is "the balance fell below the
-- threshold after the latest credits came in" (keyed by that inflow's ledger row), so a failed or
-- pending attempt is never repeated for the same trigger, and every attempt counts toward the
-- month's maximum. Credits land only when Stripe's payment_intent.succeeded arrives.
create table public.auto_topup_attempts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  trigger_key text not null,
  pack text not null check (pack in ('1k', '5k', '25k')),
  credits integer not null check (credits > 0),
  payment_intent_id text unique,
  status text not null check (status in
    ('pending', 'processing', 'succeeded', 'requires_action', 'failed')),
  error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, trigger_key)
);
alter table public.auto_topup_attempts enable row level security;
create index auto_topup_attempts_org on public.auto_topup_attempts (org_id, created_at desc);
create policy auto_topup_attempts_select on public.auto_topup_attempts for select to authenticated
  using (org_id = any (array(select public.member_org_ids())));

-- Packs bought off-session have a PaymentIntent and no Checkout Session; refunds and disputes
-- find either kind by payment intent.
alter table public.credit_purchases alter column checkout_session_id drop not null;
alter table public.credit_purchases add constraint credit_purchases_source
  check (checkout_session_id is not null or payment_intent_id is not null);
