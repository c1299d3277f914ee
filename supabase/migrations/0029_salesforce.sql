-- Salesforce beside HubSpot (lib/crm/salesforce, docs/crm.md): the provider checks take
-- 'salesforce'; a connection keeps the org's instance_url (its API host, from the token answer,
-- checked before it is stored) and what a push writes there — Accounts with their Contacts, or
-- Leads. Both columns only mean something for Salesforce; HubSpot rows keep the defaults.

alter table public.crm_connections drop constraint crm_connections_provider_check;
alter table public.crm_connections add constraint crm_connections_provider_check
  check (provider in ('hubspot', 'salesforce'));
alter table public.crm_oauth_states drop constraint crm_oauth_states_provider_check;
alter table public.crm_oauth_states add constraint crm_oauth_states_provider_check
  check (provider in ('hubspot', 'salesforce'));
alter table public.crm_pushes drop constraint crm_pushes_provider_check;
alter table public.crm_pushes add constraint crm_pushes_provider_check
  check (provider in ('hubspot', 'salesforce'));
alter table public.crm_sync_log drop constraint crm_sync_log_provider_check;
alter table public.crm_sync_log add constraint crm_sync_log_provider_check
  check (provider in ('hubspot', 'salesforce'));

alter table public.crm_connections
  add column instance_url text
    check (instance_url is null or (instance_url ~ '^https?://[^/?#@]+$' and length(instance_url) <= 300)),
  add column object_mode text not null default 'account_contact'
    check (object_mode in ('account_contact', 'lead'));
