-- Job credits and job progress, done in the database so they stay right with many jobs and many
-- workers at once. Prices live in lib/credits/prices.ts; these functions only move amounts.
--
-- credits.balance is free to spend, credits.reserved is held by running jobs. A job reserves its
-- maximum cost when it is created (balance → reserved), each success is charged from its hold
-- (reserved shrinks), and what is left goes back to the balance when the job ends. Ledger rows
-- carry an idempotency key, so a retried or replayed step changes nothing the second time.

-- What a job has given back so far; held = credits_reserved - credits_used - credits_released.
alter table public.scraping_jobs
  add column credits_released integer not null default 0 check (credits_released >= 0),
  add constraint scraping_jobs_credits_within_reservation
    check (credits_used + credits_released <= credits_reserved);

-- Moves p_amount from the balance to the job's hold. Called by the job's creator inside the same
-- transaction that inserted the job, so the job and its reservation exist together or not at all.
-- SECURITY DEFINER because users may not write credits; the membership check is done here.
create function public.reserve_job_credits(p_job uuid, p_amount integer) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  v_job public.scraping_jobs;
  v_balance integer;
  v_available integer;
begin
  if p_amount is null or p_amount < 0 then
    raise exception 'amount must be zero or more' using errcode = '22023';
  end if;
  select * into v_job from public.scraping_jobs j where j.id = p_job for update;
  if v_job.id is null then
    raise exception 'job not found' using errcode = 'P0002';
  end if;
  if coalesce(auth.role(), '') <> 'service_role'
     and not public.has_org_role(v_job.org_id, array['admin', 'member']) then
    raise exception 'not allowed to reserve credits for this organization' using errcode = '42501';
  end if;
  if v_job.credits_reserved > 0 then
    return v_job.credits_reserved; -- already reserved: the same call twice changes nothing
  end if;
  update public.credits c set balance = c.balance - p_amount, reserved = c.reserved + p_amount
   where c.org_id = v_job.org_id and c.balance >= p_amount
  returning c.balance into v_balance;
  if v_balance is null then
    select c.balance into v_available from public.credits c where c.org_id = v_job.org_id;
    raise exception 'insufficient credits'
      using errcode = 'P0001', hint = 'insufficient_credits',
            detail = json_build_object('required', p_amount, 'available', coalesce(v_available, 0))::text;
  end if;
  update public.scraping_jobs set credits_reserved = p_amount where id = p_job;
  insert into public.credit_transactions (org_id, job_id, kind, amount, balance_after, idempotency_key, description)
  values (v_job.org_id, p_job, 'reserve', -p_amount, v_balance, 'job:' || p_job || ':reserve',
          'Held for the job''s maximum cost');
  return p_amount;
end
$$;

-- Charges up to p_amount from the job's hold, once per p_key. Returns what was charged under that
-- key (also on a replay; 0 when the job has ended or nothing is held). Workers only (service role).
create function public.charge_job_credits(p_job uuid, p_amount integer, p_key text, p_description text)
returns integer
language plpgsql security definer set search_path = '' as $$
declare
  v_job public.scraping_jobs;
  v_amount integer;
  v_balance integer;
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
  update public.credits c set reserved = c.reserved - v_amount
   where c.org_id = v_job.org_id and c.reserved >= v_amount
  returning c.balance into v_balance;
  if v_balance is null then
    raise exception 'credit hold out of step for job %', p_job using errcode = 'P0001';
  end if;
  update public.scraping_jobs set credits_used = credits_used + v_amount where id = p_job;
  insert into public.credit_transactions (org_id, job_id, kind, amount, balance_after, idempotency_key, description)
  values (v_job.org_id, p_job, 'charge', -v_amount, v_balance, p_key, p_description);
  return v_amount;
end
$$;

-- Gives the rest of the job's hold back to the balance. Idempotent: a second call finds nothing
-- held. Called when a job ends (workers) and when a member cancels it (membership checked).
create function public.release_job_credits(p_job uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  v_job public.scraping_jobs;
  v_amount integer;
  v_balance integer;
begin
  select * into v_job from public.scraping_jobs j where j.id = p_job for update;
  if v_job.id is null then
    return 0;
  end if;
  if coalesce(auth.role(), '') <> 'service_role'
     and not public.has_org_role(v_job.org_id, array['admin', 'member']) then
    raise exception 'not allowed to release credits for this organization' using errcode = '42501';
  end if;
  -- A member may give back the hold of a job they cancelled, never of one still running.
  if coalesce(auth.role(), '') <> 'service_role' and v_job.status <> 'cancelled' then
    raise exception 'only a cancelled job''s hold can be released by a member' using errcode = '42501';
  end if;
  v_amount := v_job.credits_reserved - v_job.credits_used - v_job.credits_released;
  if v_amount <= 0 then
    return 0;
  end if;
  update public.credits c set reserved = c.reserved - v_amount, balance = c.balance + v_amount
   where c.org_id = v_job.org_id
  returning c.balance into v_balance;
  update public.scraping_jobs set credits_released = credits_released + v_amount where id = p_job;
  insert into public.credit_transactions (org_id, job_id, kind, amount, balance_after, idempotency_key, description)
  values (v_job.org_id, p_job, 'release', v_amount, v_balance, 'job:' || p_job || ':release',
          'Unused hold returned');
  return v_amount;
end
$$;

revoke execute on function public.reserve_job_credits(uuid, integer),
  public.charge_job_credits(uuid, integer, text, text), public.release_job_credits(uuid)
  from public, anon;
grant execute on function public.reserve_job_credits(uuid, integer), public.release_job_credits(uuid)
  to authenticated, service_role;
grant execute on function public.charge_job_credits(uuid, integer, text, text) to service_role;

-- Job pages list a job's URLs by status and find a lead's sources by job URL.
create index job_urls_job_created on public.job_urls (job_id, created_at, id);
