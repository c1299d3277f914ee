// Client-safe: the kinds of ledger entry, for the ledger table, the API document and the column type.
export const CREDIT_KINDS = [
  "grant",
  "purchase",
  "reserve",
  "release",
  "charge",
  "refund",
  "adjustment",
  "allowance",
  "clawback",
] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];
