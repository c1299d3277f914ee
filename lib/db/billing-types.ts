import type { Generated } from "kysely";
import type { Timestamp } from "./column-types";

// Billing tables only the service role touches (0018_billing.sql).

export interface StripeEventsTable {
  id: string;
  type: string;
  org_id: string | null;
  stripe_created: Timestamp;
  outcome: string;
  processed_at: Timestamp;
}

export interface CreditPurchasesTable {
  id: Generated<string>;
  org_id: string;
  checkout_session_id: string;
  payment_intent_id: string | null;
  pack: string;
  credits: number;
  clawed_back: Generated<number>;
  created_at: Timestamp;
}
