-- Full-text search on leads that can use the GIN index under row-level security.
--
-- The `@@` operator is not leakproof, so in a query on scraped_leads Postgres must apply the RLS
-- policy before it may evaluate `search @@ ...`: it never starts from the GIN index, and a search
-- with few matches reads every lead of the organization (126 ms at 100,000 leads). This function
-- answers "which of this organization's leads match, at most p_limit of them" from the index, as
-- its owner and only for a member of the organization; lib/leads (narrowSearch) uses the ids when
-- they are few and the caller's own query keeps its RLS on top.
create function public.lead_search_ids(p_org uuid, p_q text, p_limit integer)
returns setof uuid
language plpgsql stable security definer set search_path = '' rows 200 as $$
begin
  if not (p_org = any (array(select public.member_org_ids()))) then
    return;
  end if;
  return query select l.id from public.scraped_leads l
    where l.org_id = p_org and l.search @@ websearch_to_tsquery('simple', p_q)
    limit p_limit;
end
$$;

revoke execute on function public.lead_search_ids(uuid, text, integer) from public, anon;
grant execute on function public.lead_search_ids(uuid, text, integer) to authenticated, service_role;
