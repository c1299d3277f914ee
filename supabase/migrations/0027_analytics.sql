-- The Analytics page's queries at 1,000,000 leads (bench/analytics measures them).
--
-- Every lead chart reads the leads created in a date range of one organization and only their
-- status, stage and domain. scraped_leads_org_created has the range but not those columns, so
-- each query fetched every matching row from the table; with them included it is an index-only
-- range scan. Domains are host names (at most 253 characters), well under a b-tree entry's limit.
create index scraped_leads_org_created_analytics
  on public.scraped_leads (org_id, created_at) include (status, stage, domain);

-- Credits used per day sums the ledger's charges and refunds only: a partial index holds just
-- those rows (holds, releases and grants are most of the ledger) with their amounts.
create index credit_transactions_org_usage
  on public.credit_transactions (org_id, created_at) include (amount)
  where kind in ('charge', 'refund');

-- Jobs per day by status, index-only as well.
create index scraping_jobs_org_created_status
  on public.scraping_jobs (org_id, created_at) include (status);
