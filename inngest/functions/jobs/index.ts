import { expandJobFn } from "./expand-job";
import { processUrlFn } from "./process-url";

/** The job pipeline's functions, registered in inngest/functions/index.ts. */
export const jobFunctions = [expandJobFn, processUrlFn];
