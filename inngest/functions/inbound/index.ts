import { inboundScoreLeadFn } from "./score-lead";

/** The inbound capture functions, registered in inngest/functions/index.ts. */
export const inboundFunctions = [inboundScoreLeadFn];
