import type { GuardOptions } from "@leadscout/mcp-kit";
import { InputError } from "../lib/enrich-company";
import type { Enricher } from "../lib/enricher";

export interface EnricherContext {
  enricher: Enricher;
}

/** Bad input the tools refuse on purpose: its message is the answer, and nothing is logged. */
export const inputErrors: GuardOptions = {
  expected: (err): err is InputError => err instanceof InputError,
};
