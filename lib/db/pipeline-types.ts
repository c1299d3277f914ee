import type { Generated } from "kysely";
import type { LeadStage, Timestamp } from "./column-types";

// A lead's stage changes and notes thread (0025_pipeline.sql).
export interface LeadStageChangesTable {
  id: Generated<string>;
  org_id: string;
  lead_id: string;
  /** null: the stage the lead had when history began. */
  from_stage: LeadStage | null;
  to_stage: LeadStage;
  actor_id: string | null;
  api_key_id: string | null;
  created_at: Timestamp;
}

export interface LeadNotesTable {
  id: Generated<string>;
  org_id: string;
  lead_id: string;
  author_id: string | null;
  api_key_id: string | null;
  body: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}
