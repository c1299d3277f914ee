-- Account security (security #16 items 9 and 14).
--
-- Invitations: a link is accepted only by the signed-in user whose email it was sent to, and only
-- once it was delivered (emailed to that address, or handed to the inviting admin when the
-- installation sends no mail). The invitee's confirmation page reads what it names — the
-- organization, who invited them, the role — through invitation_preview(), under the same checks
-- as accept_invitation(): a link for somebody else shows nothing.
--
-- Free credits: starting credits are granted once per user, not once per organization created,
-- and a user may create at most free_plan_organization_limit() organizations on the free plan.

alter table public.invitations
  add column delivery text check (delivery in ('email', 'link')),
  add column delivered_at timestamptz;
-- Invitations open before this migration were emailed or handed to their admin when created.
update public.invitations set delivered_at = created_at where delivered_at is null;

create or replace function public.accept_invitation(p_token_hash text) returns uuid
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
     and i.expires_at > now() and i.delivered_at is not null
   for update;
  -- is distinct from: an account without an email (null) matches nothing.
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

-- What the confirmation page shows; no row for a link the caller may not accept (the same
-- conditions as accept_invitation, so the page never offers a button that would fail).
create function public.invitation_preview(p_token_hash text)
returns table (org_name text, inviter_email text, inviter_name text, role text, expires_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select o.name, p.email, p.full_name, i.role, i.expires_at
  from public.invitations i
  join public.organizations o on o.id = i.org_id
  left join public.profiles p on p.id = i.invited_by
  where i.token_hash = p_token_hash and i.accepted_at is null and i.revoked_at is null
    and i.expires_at > now() and i.delivered_at is not null
    and i.email = (select lower(u.email) from auth.users u where u.id = auth.uid())
$$;
revoke execute on function public.invitation_preview(text) from public, anon;
grant execute on function public.invitation_preview(text) to authenticated, service_role;

-- One row per user who received the free plan's starting credits. No policy: only the security
-- definer functions below read or write it, so nobody can clear their own row to be granted again.
create table public.starting_credit_grants (
  user_id uuid primary key,
  org_id uuid references public.organizations (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.starting_credit_grants enable row level security;
revoke all on public.starting_credit_grants from anon, authenticated;
-- Everyone who created an organization before this migration has had their grant.
insert into public.starting_credit_grants (user_id, org_id, created_at)
select distinct on (o.created_by) o.created_by, o.id, o.created_at
from public.organizations o where o.created_by is not null
order by o.created_by, o.created_at;

-- The free plan's cap on organizations a user creates (lib/orgs maps the refusal to a message).
create function public.free_plan_organization_limit() returns integer
language sql immutable as $$ select 3 $$;

create or replace function public.create_organization(p_name text, p_slug text)
returns public.organizations
language plpgsql security definer set search_path = '' as $$
declare
  v_user uuid := auth.uid();
  v_org public.organizations;
  v_credits integer := public.plan_monthly_credits('free');
  v_limit integer := public.free_plan_organization_limit();
  v_owned integer;
  v_granted boolean;
begin
  if v_user is null then
    raise exception 'not signed in' using errcode = '42501';
  end if;
  -- One creation per user at a time, so two racing requests cannot both pass the cap.
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
  insert into public.starting_credit_grants (user_id, org_id) values (v_user, v_org.id)
  on conflict (user_id) do nothing;
  v_granted := found;
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
grant execute on function public.free_plan_organization_limit() to authenticated, service_role;

-- Local auth with mail (SMTP_URL set) confirms an address before the account can be used, so
-- that sign-up can answer a taken address exactly as a new one (lib/auth/email-confirmation.ts).
-- Like the shim's other local tables: service role only, and not created on Supabase, whose Auth
-- confirms addresses itself.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    return;
  end if;
  create table if not exists auth.local_email_confirmations (
    token_hash text primary key,
    user_id uuid not null references auth.users (id) on delete cascade,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  );
  create index if not exists local_email_confirmations_user on auth.local_email_confirmations (user_id);
  grant select, insert, update, delete on auth.local_email_confirmations to service_role;
end
$$;
