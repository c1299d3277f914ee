-- State of the embedded Inngest executor (inngest/local), used only when no Inngest server is
-- configured. Runs, memoized step results, timers, waits and the work queue live here so a
-- restarted process resumes every run. Only the executor (as service_role) touches this schema:
-- the API roles get no grants, and RLS with no policies keeps them out even if one is added later.

create schema if not exists inngest_local;
revoke all on schema inngest_local from public;
grant usage on schema inngest_local to service_role;

-- Function configs as last registered through the serve() handler (for operators to inspect).
create table inngest_local.functions (
  id text primary key,
  config jsonb not null,
  synced_at timestamptz not null default now()
);

-- Every event received: from inngest.send(), step.sendEvent() and the executor's own
-- inngest/function.* events. An event id sent twice is stored (and acted on) once.
create table inngest_local.events (
  seq bigserial primary key,
  id text not null unique,
  name text not null,
  payload jsonb not null,
  received_at timestamptz not null default now()
);

create table inngest_local.runs (
  id text primary key,
  function_id text not null,
  status text not null check (status in ('running', 'completed', 'failed', 'cancelled')),
  event jsonb not null,
  output jsonb,
  error jsonb,
  -- step ids in the order their results arrived; sent back to the SDK as ctx.stack
  stack text[] not null default '{}',
  concurrency_keys text[] not null default '{}',
  concurrency_limits integer[] not null default '{}',
  -- set when the run was started by step.invoke: where to deliver its result
  parent_run_id text,
  parent_step_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  ended_at timestamptz
);
create index runs_running_fn on inngest_local.runs (function_id) where status = 'running';

-- One row per step the SDK reported: planned (a call is queued), waiting (sleep, waitForEvent,
-- invoke) or done (result is the memoized {type: 'data'|'error', ...} sent back on every call).
create table inngest_local.steps (
  run_id text not null references inngest_local.runs (id) on delete cascade,
  step_id text not null,
  status text not null check (status in ('planned', 'waiting', 'done')),
  result jsonb,
  attempts integer not null default 0,
  updated_at timestamptz not null default now(),
  primary key (run_id, step_id)
);

-- The work queue. kind = 'event' (match triggers, waits, cancellations), 'call' (one request to
-- the serve() handler: step_id null = discover/continue, else run that planned step) or 'timer'
-- (a sleep ends, or a wait or invoke times out). Timers are rows with a future run_at. A worker
-- leases an item; an item whose lease lapsed (its worker died) is taken again.
create table inngest_local.queue (
  id bigserial primary key,
  kind text not null check (kind in ('event', 'call', 'timer')),
  run_id text references inngest_local.runs (id) on delete cascade,
  event_id text,
  step_id text,
  timer text check (timer in ('sleep', 'wait-timeout', 'invoke-timeout')),
  attempt integer not null default 0,
  concurrency_keys text[] not null default '{}',
  concurrency_limits integer[] not null default '{}',
  run_at timestamptz not null default now(),
  lease_token text,
  lease_until timestamptz,
  created_at timestamptz not null default now()
);
create index queue_due on inngest_local.queue (run_at, id);
create index queue_run on inngest_local.queue (run_id);
create index queue_leased on inngest_local.queue (lease_until) where lease_until is not null;

-- step.waitForEvent (kind 'event') and step.invoke (kind 'invoke') waiting for their answer.
create table inngest_local.waits (
  run_id text not null references inngest_local.runs (id) on delete cascade,
  step_id text not null,
  kind text not null check (kind in ('event', 'invoke')),
  event_name text,
  expression text,
  child_run_id text,
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (run_id, step_id)
);
create index waits_event on inngest_local.waits (event_name) where kind = 'event';
create index waits_child on inngest_local.waits (child_run_id) where kind = 'invoke';

alter table inngest_local.functions enable row level security;
alter table inngest_local.events enable row level security;
alter table inngest_local.runs enable row level security;
alter table inngest_local.steps enable row level security;
alter table inngest_local.queue enable row level security;
alter table inngest_local.waits enable row level security;

grant select, insert, update, delete on all tables in schema inngest_local to service_role;
grant usage, select on all sequences in schema inngest_local to service_role;
