import type { Enricher } from "../lib/enricher";

export interface ToolContext {
  enricher: Enricher;
  logError: (msg: string, fields: Record<string, unknown>) => void;
}
