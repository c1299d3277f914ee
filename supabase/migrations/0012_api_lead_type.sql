-- A lead as the REST API lists it (lib/leads lead-view.ts toLead), as a composite type, so
-- Postgres can write a page of leads as JSON with to_json(row(...)::public.api_lead): the field
-- names come from the type, which is cheaper than naming every field in json_build_object.
-- Instants are text already formatted as the API sends them (UTC, milliseconds).
create type public.api_lead as (
  id uuid,
  job_id uuid,
  name text,
  title text,
  company text,
  email text,
  phone text,
  domain text,
  website text,
  linkedin_url text,
  address text,
  score integer,
  status text,
  confidence double precision,
  qualification_method text,
  stage text,
  tags text[],
  notes text,
  source_url text,
  created_at text,
  updated_at text
);
