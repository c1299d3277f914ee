import type { InngestFunction } from "inngest";
import { billingFunctions } from "./billing";
import { crmFunctions } from "./crm";
import { inboundFunctions } from "./inbound";
import { jobFunctions } from "./jobs";
import { webhookFunctions } from "./webhooks";

/**
 * Every function the app serves, for inngest/serve.ts (and through it Inngest Cloud, a
 * self-hosted server or the embedded executor). Product functions live one per file in
 * inngest/functions/<domain>/ and are listed here.
 */
export const functions: InngestFunction.Like[] = [
  ...jobFunctions,
  ...webhookFunctions,
  ...billingFunctions,
  ...crmFunctions,
  ...inboundFunctions,
];
