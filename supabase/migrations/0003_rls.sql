-- Row-level security: membership and role decide everything. Helpers are SECURITY DEFINER so a
-- policy on team_members can ask about team_members without recursing into itself.

create function public.org_role(p_org uuid) returns text
language sql stable security definer set search_path = '' as $$
  select tm.role from public.team_members tm where tm.org_id = p_org and tm.user_id = auth.uid()
$$;

create function public.is_org_member(p_org uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.team_members tm where tm.org_id = p_org and tm.user_id = auth.uid())
$$;

create function public.has_org_role(p_org uuid, p_roles text[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select coalesce(public.org_role(p_org) = any (p_roles), false)
$$;

create function public.shares_org_with(p_user uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.team_members a join public.team_members b on a.org_id = b.org_id
    where a.user_id = auth.uid() and b.user_id = p_user
  )
$$;

grant usage on schema public to anon, authenticated, service_role;
grant select, insert, update, delete on all tables in schema public to authenticated, service_role;
grant usage, select on all sequences in schema public to authenticated, service_role;
-- Our migrator's tracking table exists only when lib/db applied this file (Supabase's CLI tracks
-- migrations in its own schema).
do $$
begin
  if to_regclass('public.schema_migrations') is not null then
    revoke all on public.schema_migrations from anon, authenticated;
  end if;
end
$$;
grant execute on function public.org_role(uuid), public.is_org_member(uuid),
  public.has_org_role(uuid, text[]), public.shares_org_with(uuid) to authenticated, service_role;
-- Tables added by later migrations get the same grants; RLS (enabled per table, checked by the
-- isolation tests) still decides which rows. anon is granted nothing: it has no rows to see.
alter default privileges in schema public grant select, insert, update, delete on tables to authenticated, service_role;
alter default privileges in schema public grant usage, select on sequences to authenticated, service_role;

alter table public.profiles enable row level security;
alter table public.organizations enable row level security;
alter table public.team_members enable row level security;
alter table public.invitations enable row level security;
alter table public.scraping_jobs enable row level security;
alter table public.job_urls enable row level security;
alter table public.scraped_leads enable row level security;
alter table public.lead_enrichment enable row level security;
alter table public.subscriptions enable row level security;
alter table public.credits enable row level security;
alter table public.credit_transactions enable row level security;
alter table public.api_keys enable row level security;
alter table public.webhooks enable row level security;
alter table public.webhook_deliveries enable row level security;
alter table public.audit_log enable row level security;

-- profiles: yourself, and the people you share an organization with
create policy profiles_select on public.profiles for select to authenticated
  using (id = auth.uid() or public.shares_org_with(id));
create policy profiles_update on public.profiles for update to authenticated
  using (id = auth.uid())
  with check (id = auth.uid() and (current_org_id is null or public.is_org_member(current_org_id)));

-- organizations: members read; admins change; created through create_organization()
create policy organizations_select on public.organizations for select to authenticated
  using (public.is_org_member(id));
create policy organizations_update on public.organizations for update to authenticated
  using (public.has_org_role(id, array['admin'])) with check (public.has_org_role(id, array['admin']));
create policy organizations_delete on public.organizations for delete to authenticated
  using (public.has_org_role(id, array['admin']));

-- team: members read the roster; admins change roles and remove; anyone may leave (the last-admin
-- trigger guards). Nobody inserts directly: people join through create_organization() or
-- accept_invitation(), so nobody can be added to an organization without consenting.
create policy team_members_select on public.team_members for select to authenticated
  using (public.is_org_member(org_id));
create policy team_members_update on public.team_members for update to authenticated
  using (public.has_org_role(org_id, array['admin'])) with check (public.has_org_role(org_id, array['admin']));
create policy team_members_delete on public.team_members for delete to authenticated
  using (public.has_org_role(org_id, array['admin']) or user_id = auth.uid());

create policy invitations_admin on public.invitations for all to authenticated
  using (public.has_org_role(org_id, array['admin'])) with check (public.has_org_role(org_id, array['admin']));

-- jobs: everyone reads; admins and members create and cancel
create policy scraping_jobs_select on public.scraping_jobs for select to authenticated
  using (public.is_org_member(org_id));
create policy scraping_jobs_insert on public.scraping_jobs for insert to authenticated
  with check (public.has_org_role(org_id, array['admin', 'member']) and created_by = auth.uid());
create policy scraping_jobs_update on public.scraping_jobs for update to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']))
  with check (public.has_org_role(org_id, array['admin', 'member']));

create policy job_urls_select on public.job_urls for select to authenticated
  using (public.is_org_member(org_id));
create policy job_urls_insert on public.job_urls for insert to authenticated
  with check (public.has_org_role(org_id, array['admin', 'member']));
create policy job_urls_update on public.job_urls for update to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']))
  with check (public.has_org_role(org_id, array['admin', 'member']));

-- leads: everyone reads; admins and members edit, delete (and export, which is a read they gate)
create policy scraped_leads_select on public.scraped_leads for select to authenticated
  using (public.is_org_member(org_id));
create policy scraped_leads_insert on public.scraped_leads for insert to authenticated
  with check (public.has_org_role(org_id, array['admin', 'member']));
create policy scraped_leads_update on public.scraped_leads for update to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']))
  with check (public.has_org_role(org_id, array['admin', 'member']));
create policy scraped_leads_delete on public.scraped_leads for delete to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']));

create policy lead_enrichment_select on public.lead_enrichment for select to authenticated
  using (public.is_org_member(org_id));

-- billing: everyone sees the balance and ledger; only workers and Stripe (service role) write
create policy subscriptions_select on public.subscriptions for select to authenticated
  using (public.is_org_member(org_id));
create policy credits_select on public.credits for select to authenticated
  using (public.is_org_member(org_id));
create policy credit_transactions_select on public.credit_transactions for select to authenticated
  using (public.is_org_member(org_id));

-- integrations: admins and members
create policy api_keys_all on public.api_keys for all to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']))
  with check (public.has_org_role(org_id, array['admin', 'member']));
create policy webhooks_all on public.webhooks for all to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']))
  with check (public.has_org_role(org_id, array['admin', 'member']));
create policy webhook_deliveries_select on public.webhook_deliveries for select to authenticated
  using (public.has_org_role(org_id, array['admin', 'member']));

create policy audit_log_select on public.audit_log for select to authenticated
  using (public.has_org_role(org_id, array['admin']));
-- Any member may append entries about their own actions (e.g. leaving); nobody edits or deletes.
create policy audit_log_insert on public.audit_log for insert to authenticated
  with check (actor_id = auth.uid() and public.is_org_member(org_id));

-- A profile for every user, whichever auth created it.
create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.profiles (id, email, full_name)
  values (new.id, coalesce(new.email, ''), nullif(new.raw_user_meta_data ->> 'full_name', ''))
  on conflict (id) do nothing;
  return new;
end
$$;
create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();

-- An organization never loses its last admin (cascading deletes of the organization itself pass).
create function public.guard_last_admin() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.role = 'admin' and (tg_op = 'DELETE' or new.role <> 'admin')
     and exists (select 1 from public.organizations o where o.id = old.org_id)
     and not exists (
       select 1 from public.team_members tm
       where tm.org_id = old.org_id and tm.role = 'admin' and tm.user_id <> old.user_id
     ) then
    raise exception 'an organization needs at least one admin' using errcode = 'P0001', hint = 'last_admin';
  end if;
  return coalesce(new, old);
end
$$;
create trigger team_members_last_admin before update or delete on public.team_members
  for each row execute function public.guard_last_admin();

-- Plans and what they grant each month; the job price table lives in lib/credits.
create function public.plan_monthly_credits(p_plan text) returns integer
language sql immutable as $$
  select case p_plan when 'free' then 100 when 'starter' then 2000 when 'pro' then 10000
                     when 'enterprise' then 100000 end
$$;

-- Creates an organization with the caller as admin, a free subscription and its starting credits,
-- all or nothing.
create function public.create_organization(p_name text, p_slug text)
returns public.organizations
language plpgsql security definer set search_path = '' as $$
declare
  v_user uuid := auth.uid();
  v_org public.organizations;
  v_credits integer := public.plan_monthly_credits('free');
begin
  if v_user is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  insert into public.organizations (name, slug, created_by) values (btrim(p_name), p_slug, v_user)
  returning * into v_org;
  insert into public.team_members (org_id, user_id, role) values (v_org.id, v_user, 'admin');
  insert into public.subscriptions (org_id, plan, monthly_credits) values (v_org.id, 'free', v_credits);
  insert into public.credits (org_id, balance) values (v_org.id, v_credits);
  insert into public.credit_transactions (org_id, kind, amount, balance_after, idempotency_key, description)
  values (v_org.id, 'grant', v_credits, v_credits, 'signup-grant', 'Free plan starting credits');
  insert into public.audit_log (org_id, actor_id, action, target_type, target_id)
  values (v_org.id, v_user, 'organization.created', 'organization', v_org.id::text);
  return v_org;
end
$$;

-- Accepts an invitation by its token hash for the signed-in user whose email it was sent to.
create function public.accept_invitation(p_token_hash text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  v_user uuid := auth.uid();
  v_email text;
  v_inv public.invitations;
begin
  if v_user is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select lower(u.email) into v_email from auth.users u where u.id = v_user;
  select * into v_inv from public.invitations i
   where i.token_hash = p_token_hash and i.accepted_at is null and i.revoked_at is null
     and i.expires_at > now()
   for update;
  if v_inv.id is null or v_inv.email <> v_email then
    raise exception 'invitation not found or expired' using errcode = 'P0002';
  end if;
  insert into public.team_members (org_id, user_id, role) values (v_inv.org_id, v_user, v_inv.role)
  on conflict (org_id, user_id) do nothing;
  update public.invitations set accepted_at = now(), accepted_by = v_user where id = v_inv.id;
  insert into public.audit_log (org_id, actor_id, action, target_type, target_id)
  values (v_inv.org_id, v_user, 'invitation.accepted', 'invitation', v_inv.id::text);
  return v_inv.org_id;
end
$$;

revoke execute on function public.create_organization(text, text), public.accept_invitation(text) from public, anon;
grant execute on function public.create_organization(text, text), public.accept_invitation(text),
  public.plan_monthly_credits(text) to authenticated, service_role;
