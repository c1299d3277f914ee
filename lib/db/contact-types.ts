import type { Generated, GeneratedAlways } from "kysely";
import type { Timestamp } from "./column-types";

// The people a job finds, one row per person per organization (0022_contacts.sql).
export interface ContactsTable {
  id: Generated<string>;
  org_id: string;
  lead_id: string;
  dedupe_key: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedin_url: string | null;
  source_url: string | null;
  domain: string;
  first_job_id: string | null;
  job_id: string | null;
  search: GeneratedAlways<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
