-- What Supabase provides and plain Postgres / PGlite lack: the API roles, the auth schema,
-- auth.users and the claim helpers. Every statement is guarded, so on Supabase this file is a no-op
-- and the platform's own objects stay in charge. Supabase is recognised by its auth admin role;
-- there the auth schema belongs to the platform and we may not create tables or grants in it.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

create schema if not exists auth;
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    grant usage on schema auth to anon, authenticated, service_role;
  end if;
end
$$;

create table if not exists auth.users (
  id uuid primary key default gen_random_uuid(),
  email text unique,
  encrypted_password text,
  email_confirmed_at timestamptz,
  raw_user_meta_data jsonb not null default '{}'::jsonb,
  last_sign_in_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    grant select, insert, update, delete on auth.users to service_role;
  end if;
end
$$;

do $$
begin
  if to_regprocedure('auth.jwt()') is null then
    create function auth.jwt() returns jsonb language sql stable as $f$
      select coalesce(nullif(current_setting('request.jwt.claims', true), '')::jsonb, '{}'::jsonb)
    $f$;
  end if;
  if to_regprocedure('auth.uid()') is null then
    create function auth.uid() returns uuid language sql stable as $f$
      select nullif(auth.jwt() ->> 'sub', '')::uuid
    $f$;
  end if;
  if to_regprocedure('auth.role()') is null then
    create function auth.role() returns text language sql stable as $f$
      select nullif(auth.jwt() ->> 'role', '')
    $f$;
  end if;
end
$$;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    grant execute on function auth.jwt(), auth.uid(), auth.role() to anon, authenticated, service_role;
  end if;
end
$$;

-- Local (embedded) auth keeps its refresh-token families and sign-in attempts here. Only the
-- service role touches them; Supabase Auth has its own equivalents and never reads these.
-- On Supabase they are not created at all.
do $$
begin
  if exists (select 1 from pg_roles where rolname = 'supabase_auth_admin') then
    return;
  end if;
  create table if not exists auth.local_refresh_tokens (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references auth.users (id) on delete cascade,
    family_id uuid not null,
    token_hash text not null unique,
    parent_id uuid references auth.local_refresh_tokens (id) on delete set null,
    used_at timestamptz,
    revoked_at timestamptz,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
  );
  create index if not exists local_refresh_tokens_family on auth.local_refresh_tokens (family_id);

  create table if not exists auth.local_sign_in_attempts (
    id bigint generated always as identity primary key,
    email text not null,
    ip text,
    succeeded boolean not null,
    created_at timestamptz not null default now()
  );
  create index if not exists local_sign_in_attempts_email on auth.local_sign_in_attempts (email, created_at desc);

  grant select, insert, update, delete on auth.local_refresh_tokens, auth.local_sign_in_attempts to service_role;
end
$$;
