import { crmPushFn } from "./push";
import { crmPushCompletedJobFn } from "./push-completed-job";

/** The CRM functions, registered in inngest/functions/index.ts. */
export const crmFunctions = [crmPushFn, crmPushCompletedJobFn];
