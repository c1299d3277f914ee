import type { CrmSession } from "./connection";
import type { ResolvedMapping } from "./field-mapping";
import type { SyncObjectType, SyncOutcome } from "./schemas";

// What a CRM adapter is handed and gives back. The push (push-leads.ts) loads leads and contacts,
// maps them to CRM properties, and hands them over in one call; the adapter owns batching, the
// CRM's matching rules and retries, and answers one outcome per record for the sync log.
// HubSpot's adapter is hubspot/sync.ts; another CRM adds its own beside it.

export interface CompanyRecord {
  leadId: string;
  /** Lowercased; the key companies are matched on. */
  domain: string;
  properties: Record<string, string>;
}

export interface ContactRecord {
  contactId: string;
  leadId: string;
  /** Lowercased; the key contacts are matched on. */
  email: string;
  properties: Record<string, string>;
}

export interface SyncRow {
  leadId: string | null;
  contactId: string | null;
  objectType: SyncObjectType;
  outcome: SyncOutcome;
  crmId: string | null;
  message: string | null;
}

export interface CrmAdapter {
  /**
   * Once per push, before the first record: makes sure the CRM has the fields the mapping writes
   * to (HubSpot: the custom `leadscout_*` properties). Never fails the push.
   */
  prepare?(session: CrmSession, mapping: ResolvedMapping): Promise<void>;
  push(
    session: CrmSession,
    records: { companies: CompanyRecord[]; contacts: ContactRecord[] },
  ): Promise<SyncRow[]>;
}
