-- Sign-in providers for local auth (Google, GitHub): which provider account signs in as which
-- user. The (provider, subject) pair is the provider's stable id for the person, so a later change
-- of address at the provider still finds the same account; the first sign-in links by a verified
-- email (lib/auth/oauth/link-account.ts). Like the shim's other local tables: service role only,
-- and not created on Supabase, whose Auth keeps its own auth.identities.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    return;
  end if;
  create table if not exists auth.local_identities (
    provider text not null check (provider in ('google', 'github')),
    subject text not null check (length(subject) between 1 and 255),
    user_id uuid not null references auth.users (id) on delete cascade,
    created_at timestamptz not null default now(),
    last_sign_in_at timestamptz,
    primary key (provider, subject)
  );
  create index if not exists local_identities_user on auth.local_identities (user_id);
  grant select, insert, update, delete on auth.local_identities to service_role;
end
$$;

-- Entries about something that no longer exists (a deleted organization, a deleted account) have
-- no organization to belong to: they are kept with org_id null, readable by the service role
-- only (the select policy admits members of the row's organization, and null has none).
create index audit_log_platform on public.audit_log (id desc) where org_id is null;
