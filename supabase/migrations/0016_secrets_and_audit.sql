-- Secrets at rest: webhook signing secrets are stored encrypted per organization by the app
-- (lib/crypto: `enc:v1:<kid>:…`, AES-256-GCM under an HKDF key from ENCRYPTION_KEY). SQL cannot
-- encrypt with the app's key, so rows from before this migration keep their plaintext until the
-- app's first start (or `pnpm cli db migrate` / `pnpm cli secrets rotate`) seals them; the hint
-- lists show is kept in its own column so showing an endpoint never needs the key.
alter table public.webhooks drop constraint webhooks_secret_check;
alter table public.webhooks
  add constraint webhooks_secret_format check (secret like 'enc:v1:%' or secret like 'whsec\_%'),
  add constraint webhooks_previous_secret_format
    check (previous_secret is null or previous_secret like 'enc:v1:%' or previous_secret like 'whsec\_%'),
  add column secret_hint text;
update public.webhooks set secret_hint = 'whsec_…' || right(secret, 4);
alter table public.webhooks alter column secret_hint set not null;

-- Audit log: admins page through it newest first (id order; ids are an identity) filtered by
-- actor or action, so those are the indexes. Entries are append-only: no update or delete policy.
create index audit_log_org_id on public.audit_log (org_id, id desc);
create index audit_log_org_actor on public.audit_log (org_id, actor_id, id desc);
create index audit_log_org_action on public.audit_log (org_id, action, id desc);
