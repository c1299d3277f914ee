-- Later pages of "sort by score" under row-level security.
--
-- Sorting by score orders on coalesce(score, -1) (0008). Postgres applies a user's conditions after
-- the row-level policy unless they are leakproof, and it does not count COALESCE as leakproof: the
-- keyset condition of a later page, (coalesce(score, -1), id) < (…), could not be an index
-- condition, so each page walked the index from the top and filtered (65 ms for a page deep into
-- 100,000 leads). The same value as a generated column is a plain column, compared with leakproof
-- operators, so the condition bounds the index scan and any page costs what the first one does.
alter table public.scraped_leads
  add column sort_score integer generated always as (coalesce(score, -1)) stored;

create index scraped_leads_org_sort_score
  on public.scraped_leads (org_id, sort_score desc, id desc);
drop index public.scraped_leads_org_score_key;
