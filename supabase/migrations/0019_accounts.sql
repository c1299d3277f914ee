-- Accounts people can live with (issue 19): the development mailbox, password reset, email
-- verification before an account may accept invitations, create API keys or receive starting
-- credits, and email changes that wait for the new address to be confirmed.

-- Messages kept when no SMTP server is configured (the embedded default), shown on /dev/mail.
-- Service role only: no policy, and the API roles are refused outright.
create table public.dev_mail (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  template text not null,
  subject text not null,
  text_body text not null,
  html_body text not null,
  created_at timestamptz not null default now()
);
create index dev_mail_created on public.dev_mail (created_at desc);
create index dev_mail_to on public.dev_mail (lower(to_address), created_at desc);
alter table public.dev_mail enable row level security;
revoke all on public.dev_mail from anon, authenticated;

-- Local auth only (Supabase Auth keeps its own): reset links and pending email changes. Only the
-- token's sha256 is stored; one live row per user, replaced by a newer request, spent on use.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    return;
  end if;
  create table if not exists auth.local_password_resets (
    token_hash text primary key,
    user_id uuid not null unique references auth.users (id) on delete cascade,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  );
  create table if not exists auth.local_email_changes (
    token_hash text primary key,
    user_id uuid not null unique references auth.users (id) on delete cascade,
    new_email text not null,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  );
  grant select, insert, update, delete on auth.local_password_resets, auth.local_email_changes
    to service_role;
  -- What "active sessions" lists: where each session (refresh-token family) started.
  alter table auth.local_refresh_tokens
    add column if not exists user_agent text,
    add column if not exists ip text;
end
$$;

-- Whether the signed-in user's address is verified (both engines keep auth.users.email_confirmed_at).
create function public.email_verified() returns boolean
language sql stable security definer set search_path = '' as $$
  select coalesce((select u.email_confirmed_at is not null from auth.users u where u.id = auth.uid()), false)
$$;
grant execute on function public.email_verified() to authenticated, service_role;

-- API keys are created by verified users only (a key outlives the browser session that made it).
-- Rows written without a user (the CLI, as the service role) are the operator's and pass.
create function public.api_keys_require_verified() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if auth.uid() is not null and not public.email_verified() then
    raise exception 'email not verified' using errcode = 'P0001', hint = 'email_unverified';
  end if;
  return new;
end
$$;
create trigger api_keys_require_verified before insert on public.api_keys
  for each row execute function public.api_keys_require_verified();

-- As in 0015, plus: an unverified account cannot take an invitation (anyone could register the
-- invited address and take it).
create or replace function public.accept_invitation(p_token_hash text) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  v_user uuid := auth.uid();
  v_email text;
  v_verified boolean;
  v_inv public.invitations;
begin
  if v_user is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  select lower(u.email), u.email_confirmed_at is not null into v_email, v_verified
    from auth.users u where u.id = v_user;
  if not coalesce(v_verified, false) then
    raise exception 'email not verified' using errcode = 'P0001', hint = 'email_unverified';
  end if;
  select * into v_inv from public.invitations i
   where i.token_hash = p_token_hash and i.accepted_at is null and i.revoked_at is null
     and i.expires_at > now() and i.delivered_at is not null
   for update;
  if v_inv.id is null or v_inv.email is distinct from v_email then
    raise exception 'invitation not found or expired' using errcode = 'P0002';
  end if;
  insert into public.team_members (org_id, user_id, role) values (v_inv.org_id, v_user, v_inv.role)
  on conflict (org_id, user_id) do nothing;
  update public.invitations set accepted_at = now(), accepted_by = v_user where id = v_inv.id;
  insert into public.audit_log (org_id, actor_id, action, target_type, target_id, metadata)
  values (v_inv.org_id, v_user, 'invitation.accepted', 'invitation', v_inv.id::text,
          jsonb_build_object('email', v_inv.email, 'role', v_inv.role));
  return v_inv.org_id;
end
$$;

-- As in 0015, except that starting credits wait for a verified address: an unverified user's
-- first organization starts at zero and is granted its credits by grant_starting_credits().
create or replace function public.create_organization(p_name text, p_slug text)
returns public.organizations
language plpgsql security definer set search_path = '' as $$
declare
  v_user uuid := auth.uid();
  v_org public.organizations;
  v_credits integer := public.plan_monthly_credits('free');
  v_limit integer := public.free_plan_organization_limit();
  v_owned integer;
  v_granted boolean := false;
begin
  if v_user is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  perform 1 from public.profiles where id = v_user for update;
  select count(*) into v_owned
  from public.organizations o join public.subscriptions s on s.org_id = o.id
  where o.created_by = v_user and s.plan = 'free';
  if v_owned >= v_limit then
    raise exception 'free plan organization limit reached' using errcode = 'P0001',
      hint = 'org_limit', detail = v_limit::text;
  end if;
  insert into public.organizations (name, slug, created_by) values (btrim(p_name), p_slug, v_user)
  returning * into v_org;
  insert into public.team_members (org_id, user_id, role) values (v_org.id, v_user, 'admin');
  insert into public.subscriptions (org_id, plan, monthly_credits) values (v_org.id, 'free', v_credits);
  if public.email_verified() then
    insert into public.starting_credit_grants (user_id, org_id) values (v_user, v_org.id)
    on conflict (user_id) do nothing;
    v_granted := found;
  end if;
  insert into public.credits (org_id, balance) values (v_org.id, case when v_granted then v_credits else 0 end);
  if v_granted then
    insert into public.credit_transactions (org_id, kind, amount, balance_after, idempotency_key, description)
    values (v_org.id, 'grant', v_credits, v_credits, 'signup-grant', 'Free plan starting credits');
  end if;
  insert into public.audit_log (org_id, actor_id, action, target_type, target_id, metadata)
  values (v_org.id, v_user, 'organization.created', 'organization', v_org.id::text,
          jsonb_build_object('starting_credits', case when v_granted then v_credits else 0 end));
  return v_org;
end
$$;

-- Once a user's address is verified: their starting credits, into the first free organization they
-- created, once per user (starting_credit_grants). Returns the organization credited, or null.
create function public.grant_starting_credits(p_user uuid) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  v_org uuid;
begin
  if not exists (select 1 from auth.users u where u.id = p_user and u.email_confirmed_at is not null) then
    return null;
  end if;
  select o.id into v_org from public.organizations o join public.subscriptions s on s.org_id = o.id
   where o.created_by = p_user and s.plan = 'free' order by o.created_at limit 1;
  if v_org is null then
    return null;
  end if;
  insert into public.starting_credit_grants (user_id, org_id) values (p_user, v_org)
  on conflict (user_id) do nothing;
  if not found then
    return null;
  end if;
  perform public.move_credits(v_org, 'allowance', public.plan_monthly_credits('free'),
    'signup-grant', 'Free plan starting credits', null, null, p_user);
  insert into public.audit_log (org_id, actor_id, action, target_type, target_id, metadata)
  values (v_org, p_user, 'credits.starting_granted', 'organization', v_org::text,
          jsonb_build_object('credits', public.plan_monthly_credits('free')));
  return v_org;
end
$$;
revoke execute on function public.grant_starting_credits(uuid) from public, anon, authenticated;
grant execute on function public.grant_starting_credits(uuid) to service_role;

-- A changed email or name (Settings › Account, a confirmed email change) reaches the profile,
-- which is what teammates and invitations see.
create function public.handle_user_updated() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  update public.profiles
     set email = coalesce(new.email, ''),
         full_name = nullif(new.raw_user_meta_data ->> 'full_name', '')
   where id = new.id;
  return new;
end
$$;
create trigger on_auth_user_updated after update of email, raw_user_meta_data on auth.users
  for each row when (old.email is distinct from new.email
                     or old.raw_user_meta_data is distinct from new.raw_user_meta_data)
  execute function public.handle_user_updated();
