import type { JobPricing } from "@/lib/credits";
import type { JwtClaims } from "@/lib/db";
import { env } from "@/lib/env";
import { providersWithOwnKey } from "@/lib/provider-keys";
import { enrichOnOwnKeys } from "./pipeline/enrich-keys";

/**
 * What the New job form's estimate prices with, from the facts job creation decides by: Claude
 * configured or the organization's own Anthropic key, and its own enrichment keys.
 */
export async function newJobPricing(claims: JwtClaims, orgId: string): Promise<JobPricing> {
  const own = await providersWithOwnKey(claims, orgId);
  const ownLlmKey = own.includes("anthropic");
  return {
    llm: Boolean(env().ANTHROPIC_API_KEY) || ownLlmKey,
    ownLlmKey,
    ownEnrich: enrichOnOwnKeys(own),
  };
}
