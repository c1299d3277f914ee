-- The pipeline's per-URL database work in a few statements instead of dozens: on PGlite every
-- statement is a round trip through the WASM engine, and the pipeline runs these once per URL.
--
-- 1. Settling a job URL in one call: its charges, its outcome, the job's counters and, for the job's
-- last URL, the job's end and the release of its unused hold. Every part is idempotent as before:
-- charges by their ledger keys, the rest only while the URL is still open.

create function public.settle_job_url(
  p_job uuid,
  p_url uuid,
  p_outcome text,
  p_error text,
  p_lead boolean,
  p_new_lead boolean,
  -- [{"amount": 1, "key": "job:…:url:…:scrape", "description": "…"}, …]
  p_charges jsonb default '[]'::jsonb
) returns table (changed boolean, finished text, credits integer)
language plpgsql security definer set search_path = '' as $$
declare
  v_charge jsonb;
  v_credits integer := 0;
  v_ok integer := case when p_outcome = 'completed' then 1 else 0 end;
  v_processed integer;
  v_total integer;
  v_successful integer;
  v_finished text;
begin
  if p_outcome not in ('completed', 'blocked', 'not_found', 'failed') then
    raise exception 'unknown URL outcome %', p_outcome using errcode = '22023';
  end if;
  for v_charge in select value from jsonb_array_elements(coalesce(p_charges, '[]'::jsonb)) loop
    v_credits := v_credits + public.charge_job_credits(
      p_job, (v_charge->>'amount')::integer, v_charge->>'key', v_charge->>'description');
  end loop;

  -- Close the URL if it is still open; a replay finds it closed and counts nothing twice.
  update public.job_urls
     set status = p_outcome, error = left(p_error, 1000), leads_found = case when p_lead then 1 else 0 end,
         credits_charged = v_credits, completed_at = now()
   where id = p_url and job_id = p_job and status in ('pending', 'processing');
  if not found then
    return query select false, null::text, v_credits;
    return;
  end if;

  update public.scraping_jobs
     set processed_urls = processed_urls + 1, successful_urls = successful_urls + v_ok,
         failed_urls = failed_urls + 1 - v_ok,
         leads_found = leads_found + case when p_new_lead then 1 else 0 end
   where id = p_job and status = 'processing'
  returning processed_urls, total_urls, successful_urls into v_processed, v_total, v_successful;
  if v_processed is null then
    return query select false, null::text, v_credits; -- the job was cancelled meanwhile
    return;
  end if;
  if v_processed < v_total then
    return query select true, null::text, v_credits;
    return;
  end if;

  -- The job's last URL: completed when any URL succeeded, failed when none did.
  v_finished := case when v_successful > 0 then 'completed' else 'failed' end;
  update public.scraping_jobs
     set status = v_finished, completed_at = now(),
         error = case when v_finished = 'failed' then 'No URL could be scraped' end
   where id = p_job;
  perform public.release_job_credits(p_job);
  return query select true, v_finished, v_credits;
end
$$;

revoke execute on function public.settle_job_url(uuid, uuid, text, text, boolean, boolean, jsonb)
  from public, anon, authenticated;
grant execute on function public.settle_job_url(uuid, uuid, text, text, boolean, boolean, jsonb)
  to service_role;

-- 2. The embedded executor's (inngest/local) two most frequent state changes, each one call:
-- a step's result arriving from the SDK, and a run returning. The logic is the one in
-- inngest/local/store.ts (completeItem + lockRun + saveResult + continueRun, and finishRun),
-- which still handles every other case.

-- Takes the finished work item off the queue (only if this worker still holds its lease), then,
-- while the run is running, memoizes the step result once (appending it to the run's stack) and
-- queues the call that continues the run — unless planned steps are outstanding or an unclaimed
-- continuation is already queued. With p_chain_token the continuation is queued already leased
-- to the calling worker. Returns whether the lease was held, whether the run was running, the
-- run's stack afterwards and the continuation's id.
create function inngest_local.save_step(
  p_item bigint,
  p_token text,
  p_run text,
  p_step text,
  p_result jsonb,
  p_attempts integer,
  p_chain_token text,
  p_chain_ms double precision
) returns table (held boolean, running boolean, stack text[], next_id bigint)
language plpgsql set search_path = '' as $$
declare
  v_run inngest_local.runs;
  v_stack text[];
  v_next bigint;
begin
  delete from inngest_local.queue q where q.id = p_item and q.lease_token = p_token;
  if not found then
    return query select false, false, null::text[], null::bigint;
    return;
  end if;
  select * into v_run from inngest_local.runs r where r.id = p_run for update;
  if v_run.id is null or v_run.status <> 'running' then
    return query select true, false, null::text[], null::bigint;
    return;
  end if;
  v_stack := v_run.stack;
  insert into inngest_local.steps as s (run_id, step_id, status, result, attempts)
  values (p_run, p_step, 'done', p_result, p_attempts)
  on conflict (run_id, step_id) do update set status = 'done', result = excluded.result,
    attempts = excluded.attempts, updated_at = now()
  where s.status <> 'done';
  if found then
    update inngest_local.runs r set stack = array_append(r.stack, p_step), updated_at = now()
     where r.id = p_run returning r.stack into v_stack;
  end if;
  if not exists (select 1 from inngest_local.steps s where s.run_id = p_run and s.status = 'planned')
     and not exists (select 1 from inngest_local.queue q where q.run_id = p_run and q.kind = 'call'
                     and q.step_id is null and q.lease_token is null) then
    insert into inngest_local.queue
      (kind, run_id, step_id, attempt, concurrency_keys, concurrency_limits, lease_token, lease_until)
    values ('call', p_run, null, 0, v_run.concurrency_keys, v_run.concurrency_limits, p_chain_token,
            case when p_chain_token is null then null
                 else now() + make_interval(secs => p_chain_ms / 1000) end)
    returning id into v_next;
  end if;
  return query select true, true, v_stack, v_next;
end
$$;

-- A run that returned (and was not started by step.invoke, whose parent the full path tells):
-- takes the item off the queue if still held and ends the run as completed, dropping its other
-- queued work and waits. Returns whether the lease was held.
create function inngest_local.complete_run(
  p_item bigint,
  p_token text,
  p_run text,
  p_output jsonb
) returns boolean
language plpgsql set search_path = '' as $$
begin
  delete from inngest_local.queue q where q.id = p_item and q.lease_token = p_token;
  if not found then
    return false;
  end if;
  update inngest_local.runs r set status = 'completed', output = p_output, error = null,
         ended_at = now(), updated_at = now()
   where r.id = p_run and r.status = 'running';
  if found then
    delete from inngest_local.queue q where q.run_id = p_run and q.lease_token is null;
    delete from inngest_local.waits w where w.run_id = p_run;
  end if;
  return true;
end
$$;

revoke execute on function inngest_local.save_step(bigint, text, text, text, jsonb, integer, text, double precision),
  inngest_local.complete_run(bigint, text, text, jsonb) from public;
grant execute on function inngest_local.save_step(bigint, text, text, text, jsonb, integer, text, double precision),
  inngest_local.complete_run(bigint, text, text, jsonb) to service_role;
