import { expandJobFn } from "./expand-job";
import { processUrlFn } from "./process-url";
import { qualifyLlmFn } from "./qualify-llm";

/** The job pipeline's functions, registered in inngest/functions/index.ts. */
export const jobFunctions = [expandJobFn, processUrlFn, qualifyLlmFn];
