-- Demo data for local development (`supabase db reset` runs it; on the embedded engine run it with
-- psql against `pnpm cli`'s database or ignore it). Accounts are never seeded here: passwords are
-- hashed by the auth engine (argon2id locally, GoTrue on Supabase), so first sign up — or run
-- `pnpm cli user create --email demo@leadscout.local --password ...` — then seed.
-- Idempotent: it does nothing without the demo user, or when the demo organization exists.
do $$
declare
  v_user uuid;
  v_org uuid;
begin
  select id into v_user from auth.users where lower(email) = 'demo@leadscout.local';
  if v_user is null or exists (select 1 from public.organizations where slug = 'demo') then
    return;
  end if;

  -- create_organization() acts for the signed-in user: give it the demo user's claims.
  perform set_config('request.jwt.claims', json_build_object('sub', v_user, 'role', 'authenticated')::text, true);
  select id into v_org from public.create_organization('Demo Company', 'demo');

  insert into public.scraped_leads (org_id, dedupe_key, email, name, title, company, domain, website, score, status, stage, source_url)
  values
    (v_org, 'ana@northwind.example', 'ana@northwind.example', 'Ana Ruiz', 'Head of Operations', 'Northwind Traders',
     'northwind.example', 'https://northwind.example', 86, 'hot', 'new', 'https://northwind.example/team'),
    (v_org, 'li@contoso.example', 'li@contoso.example', 'Li Wei', 'Marketing Lead', 'Contoso',
     'contoso.example', 'https://contoso.example', 58, 'warm', 'contacted', 'https://contoso.example/about'),
    (v_org, 'fabrikam.example|office', null, 'Office', null, 'Fabrikam',
     'fabrikam.example', 'https://fabrikam.example', 22, 'cold', 'new', 'https://fabrikam.example/contact');
end
$$;
