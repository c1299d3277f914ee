-- The leads table at 100,000 rows (bench/dashboard measures it).
--
-- Sorting by score orders on coalesce(score, -1) (unscored leads last, stable keyset pages); the
-- plain score index cannot serve that expression, so every "sort by score" page read and sorted
-- the whole organization (0.8 s at 100k leads on Postgres 15). This index walks it in order and
-- stops after one page (under 1 ms).
create index scraped_leads_org_score_key
  on public.scraped_leads (org_id, (coalesce(score, -1)) desc, id desc);
