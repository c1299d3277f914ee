-- Sign-in lockout counts failures per (email, client IP) instead of per email, so that a stranger
-- guessing passwords from their own address cannot keep the account's owner locked out
-- (lib/auth/lockout.ts). The lookup now filters on both; this index serves it. The table exists
-- only where the local auth engine does (the shim skips it on Supabase).
do $$
begin
  if to_regclass('auth.local_sign_in_attempts') is not null then
    create index if not exists local_sign_in_attempts_email_ip
      on auth.local_sign_in_attempts (email, ip, created_at desc);
  end if;
end
$$;
