// Credits: one price table, holds taken when a job is created, charges as work succeeds.
export { CREDIT_KINDS, type CreditKind } from "./schemas";
export {
  PRICES,
  maxJobCost,
  maxUrlCost,
  qualifyPrice,
  enrichPrice,
  type CostOptions,
  type JobPricing,
  type PricedWork,
} from "./prices";
export {
  reserveJobCredits,
  chargeJobCredits,
  releaseJobCredits,
  getCreditBalance,
  type CreditBalance,
} from "./ledger";
export {
  listCreditLedger,
  ZLedgerQuerySchema,
  type LedgerEntry,
  type LedgerQuery,
} from "./list-ledger";
export {
  moveCredits,
  getCreditBuckets,
  type CreditBuckets,
  type CreditMovement,
  type MovementCause,
} from "./buckets";
