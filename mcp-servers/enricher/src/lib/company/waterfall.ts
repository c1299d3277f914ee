import type { SiteTarget } from "../domain";
import type { CompanyProvider } from "../providers/types";
import { isProviderError } from "../resilience/errors";
import { COMPANY_FIELDS, type Attempt, type CompanyData, type CompanyField } from "../schemas";

export interface WaterfallResult {
  data: CompanyData;
  fields: Partial<Record<CompanyField, { provider: string; confidence: number }>>;
  attempts: Attempt[];
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
}

function missingOf(data: CompanyData, wanted: readonly CompanyField[]): CompanyField[] {
  return wanted.filter((f) => !present(data[f]));
}

/**
 * Asks providers in order for the fields still missing. A provider is skipped when it can fill
 * none of them; one that fails (rate limited, timed out, circuit open, garbage) is recorded and
 * the next one is tried. The first provider to give a field owns it.
 */
export async function runCompanyWaterfall(
  site: SiteTarget,
  providers: readonly CompanyProvider[],
  wanted: readonly CompanyField[] = COMPANY_FIELDS,
): Promise<WaterfallResult> {
  const data: CompanyData = {};
  const fields: WaterfallResult["fields"] = {};
  const attempts: Attempt[] = [];
  for (const provider of providers) {
    const missing = missingOf(data, wanted);
    if (missing.length === 0) break;
    const canFill = missing.filter((f) => provider.confidence[f] !== undefined);
    if (canFill.length === 0) {
      attempts.push({ provider: provider.name, outcome: "skipped" });
      continue;
    }
    try {
      const answer = await provider.lookup(site);
      const filled: CompanyField[] = [];
      for (const f of canFill) {
        const value = answer.data[f];
        if (!present(value)) continue;
        (data as Record<string, unknown>)[f] = value;
        const confidence = answer.confidence?.[f] ?? provider.confidence[f] ?? 0.5;
        fields[f] = { provider: provider.name, confidence };
        filled.push(f);
      }
      attempts.push({
        provider: provider.name,
        outcome: filled.length ? "filled" : "empty",
        cached: answer.cached,
        fields: filled,
      });
    } catch (err) {
      if (!isProviderError(err)) throw err;
      attempts.push({ provider: provider.name, outcome: err.kind, message: err.message });
    }
  }
  return { data, fields, attempts };
}
