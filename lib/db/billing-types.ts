import type { Generated } from "kysely";
import type {
  BillingInterval,
  CreditKind,
  NullableTimestamp,
  Plan,
  Timestamp,
} from "./column-types";

// The money tables: plans and periods, balances and the ledger, and the Stripe records that only
// the service role touches (0005_job_credits.sql, 0018_billing.sql, 0021_auto_topup.sql).

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
  /** null for a pack bought off-session (auto top-up): payment_intent_id names it then. */
  checkout_session_id: string | null;
  payment_intent_id: string | null;
  pack: string;
  credits: number;
  clawed_back: Generated<number>;
  created_at: Timestamp;
}

export interface SubscriptionsTable {
  id: Generated<string>;
  org_id: string;
  plan: Generated<Plan>;
  status: Generated<"active" | "trialing" | "past_due" | "canceled">;
  monthly_credits: number;
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  current_period_end: NullableTimestamp;
  billing_interval: BillingInterval | null;
  stripe_price_id: string | null;
  cancel_at_period_end: Generated<boolean>;
  current_period_start: NullableTimestamp;
  allowance_renews_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** balance + reserved - purchased is the allowance bucket (see 0018_billing.sql). */
export interface CreditsTable {
  org_id: string;
  balance: Generated<number>;
  reserved: Generated<number>;
  purchased: Generated<number>;
  updated_at: Timestamp;
}

export interface CreditTransactionsTable {
  id: Generated<string>;
  org_id: string;
  job_id: string | null;
  kind: CreditKind;
  amount: number;
  balance_after: number;
  idempotency_key: string;
  description: string | null;
  purchased_delta: Generated<number>;
  purchased_after: number | null;
  stripe_event_id: string | null;
  stripe_object_id: string | null;
  actor_id: string | null;
  created_at: Timestamp;
}

export type AutoTopUpPack = "1k" | "5k" | "25k";

export interface AutoTopUpsTable {
  org_id: string;
  enabled: Generated<boolean>;
  threshold: number;
  pack: AutoTopUpPack;
  max_per_month: number;
  paused_at: NullableTimestamp;
  paused_reason: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface AutoTopUpAttemptsTable {
  id: Generated<string>;
  org_id: string;
  trigger_key: string;
  pack: AutoTopUpPack;
  credits: number;
  payment_intent_id: string | null;
  status: "pending" | "processing" | "succeeded" | "requires_action" | "failed";
  error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The money tables, as lib/db's Database declares them. */
export interface BillingTables {
  subscriptions: SubscriptionsTable;
  credits: CreditsTable;
  credit_transactions: CreditTransactionsTable;
  stripe_events: StripeEventsTable;
  credit_purchases: CreditPurchasesTable;
  auto_topups: AutoTopUpsTable;
  auto_topup_attempts: AutoTopUpAttemptsTable;
}
