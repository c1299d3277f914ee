import { autoTopUpFn } from "./auto-topup";
import { renewAllowancesFn } from "./renew-allowances";

/** The billing functions, registered in inngest/functions/index.ts. */
export const billingFunctions = [renewAllowancesFn, autoTopUpFn];
