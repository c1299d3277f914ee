import { webhooksDeliverFn } from "./deliver";
import { webhooksFanOutFn } from "./fan-out";

/** The webhook functions, registered in inngest/functions/index.ts. */
export const webhookFunctions = [webhooksFanOutFn, webhooksDeliverFn];
