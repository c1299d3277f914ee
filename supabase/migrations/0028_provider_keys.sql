-- An organization's own provider keys (Anthropic, Hunter, Apollo): jobs use them instead of the
-- platform's and are not charged for that provider's part (docs/provider-keys.md). The key is
-- stored only sealed by the app (lib/crypto, `enc:v1:…`, AES-256-GCM under a per-organization
-- key); the hint is kept in its own column so listing keys never needs the key. One key per
-- provider per organization: saving again replaces it.
create table public.provider_keys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  provider text not null check (provider in ('anthropic', 'hunter', 'apollo')),
  sealed_key text not null check (sealed_key like 'enc:v1:%' and length(sealed_key) <= 4000),
  key_hint text not null check (length(key_hint) between 1 and 20),
  -- The last "Check": when, whether the provider accepted the key, and its message when not.
  last_checked_at timestamptz,
  last_check_ok boolean,
  last_check_message text check (last_check_message is null or length(last_check_message) <= 500),
  created_by uuid references auth.users (id) on delete set null,
  updated_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, provider)
);

alter table public.provider_keys enable row level security;
-- Admins only, like billing: a key spends the organization's money at the provider. Workers read
-- the sealed key as the service role; members learn only which providers have a key through
-- lib/provider-keys (never the hint).
create policy provider_keys_all on public.provider_keys for all to authenticated
  using (org_id = any (array(select public.member_org_ids(array['admin']))))
  with check (org_id = any (array(select public.member_org_ids(array['admin']))));
