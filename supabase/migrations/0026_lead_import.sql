-- CSV import (lib/leads/import): admins and members create leads and their contacts in their own
-- transaction, under RLS, so a refused file leaves nothing behind.
--
-- Contacts were written only by workers (service role); an import inserts them as the user, so
-- they get the same insert policy leads have (0007_rls_fast.sql).
create policy contacts_insert on public.contacts for insert to authenticated
  with check (org_id = any (array(select public.member_org_ids(array['admin', 'member']))));

-- An import asks, per batch of rows, which of their domains the organization already has a lead
-- for; without this index each batch reads every lead of the organization. Partial: a lead with no
-- domain is never looked up this way, and a full (org_id, domain) index, narrow and led by org_id,
-- tempts the planner away from the sort indexes on small organizations.
create index scraped_leads_org_domain on public.scraped_leads (org_id, domain)
  where domain is not null;
