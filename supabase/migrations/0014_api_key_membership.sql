-- An API key acts as the member who created it, so it can do no more than that member can now.
--
-- Until now a key outlived its creator's membership: removed from the organization, the creator's
-- key still authenticated (and saw nothing, through row-level security, instead of being refused),
-- and a creator demoted to viewer kept a key whose writes RLS silently filtered out. Now:
--   * a key whose creator is no longer a member of the key's organization is invalid (401), on
--     the very next request, like a revoked one;
--   * a key whose creator is a viewer may only read: its write and delete scopes lapse (403 naming
--     the scope) and come back if the member is made a member or admin again.
create or replace function public.authenticate_api_key(p_key_hash text)
returns table (key_id uuid, org_id uuid, scopes text[], created_by uuid)
language plpgsql volatile security definer set search_path = '' as $$
declare
  k public.api_keys;
  member_role text;
begin
  select * into k from public.api_keys a
  where a.key_hash = p_key_hash and a.revoked_at is null
    and (a.expires_at is null or a.expires_at > now());
  if not found then
    return;
  end if;
  select m.role into member_role from public.team_members m
  where m.org_id = k.org_id and m.user_id = k.created_by;
  if member_role is null then
    return;
  end if;
  if k.last_used_at is null or k.last_used_at < now() - interval '1 minute' then
    -- Re-checked on the row itself: of several requests racing at the minute, one writes.
    update public.api_keys a set last_used_at = now()
    where a.id = k.id and (a.last_used_at is null or a.last_used_at < now() - interval '1 minute');
  end if;
  key_id := k.id;
  org_id := k.org_id;
  scopes := case
    when member_role = 'viewer' then array(select s from unnest(k.scopes) s where s = 'read')
    else k.scopes
  end;
  created_by := k.created_by;
  return next;
end
$$;
