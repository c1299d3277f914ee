import type { Generated } from "kysely";
import type { Json, Timestamp } from "./column-types";

// Inbound capture: forms and what prospects send through them (0024_inbound_forms.sql).
export interface InboundFormsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  slug: string;
  fields: string[];
  recipients: Generated<string[]>;
  enabled: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InboundSubmissionsTable {
  id: Generated<string>;
  org_id: string;
  form_id: string;
  lead_id: string | null;
  data: Json<Record<string, unknown>>;
  file_key: string | null;
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  created_at: Timestamp;
}
