-- An API request's transactions prove their key themselves.
--
-- The first request of a key is verified with authenticate_api_key (who is it, which plan limits
-- it). After that the server knows the key, and each transaction of a request starts with this
-- function instead: it checks the key again (revoked, expired, creator gone, scope) and sets the
-- claims the key acts with, in the statement that opens the transaction, before the role drops to
-- `authenticated`. A revoked key therefore fails on its next request without a separate round
-- trip to check it. Errors carry their own codes so the app can answer 401 or 403:
--   LS401  the key is unknown, revoked or expired, or its creator no longer exists
--   LS403  the key lacks the scope the endpoint needs
create function public.api_key_session(p_key_hash text, p_scope text)
returns void
language plpgsql volatile security definer set search_path = '' as $$
declare
  k record;
begin
  -- The same lookup as a first request's (revoked, expired; last_used_at once a minute).
  select * into k from public.authenticate_api_key(p_key_hash);
  if not found or k.created_by is null then
    raise exception 'The API key is invalid, revoked or expired' using errcode = 'LS401';
  end if;
  if not (p_scope = any (k.scopes)) then
    raise exception 'This API key lacks the "%" scope', p_scope using errcode = 'LS403';
  end if;
  -- Transaction-local, like the set_config of a signed-in user's claims (lib/db/with-user.ts).
  perform set_config('request.jwt.claims',
    json_build_object('sub', k.created_by, 'role', 'authenticated')::text, true);
end
$$;

revoke execute on function public.api_key_session(text, text) from public, anon, authenticated;
grant execute on function public.api_key_session(text, text) to service_role;
