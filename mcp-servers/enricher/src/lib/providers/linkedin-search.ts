import { z } from "zod";
import type { ProviderGuard } from "../resilience/provider-guard";
import { getJson } from "./http-json";
import { cachedGuarded, type ProviderDeps } from "./types";

// A web-search provider asked for LinkedIn pages. The contract (docs/enricher.md):
//   GET {LINKEDIN_SEARCH_BASE_URL}/search?q=<query>&kind=person|company
//   Authorization: Bearer {LINKEDIN_SEARCH_API_KEY}
//   200 → { "results": [{ "url": "...", "title": "...", "snippet": "..." }] }
// Any search API (SerpAPI, Bing, Brave, a company proxy) fits behind a thin adapter of that shape.
const ZSearchSchema = z.object({
  results: z.array(
    z.object({ url: z.string(), title: z.string().nullish(), snippet: z.string().nullish() }),
  ),
});

export interface SearchHit {
  url: string;
  title?: string;
  snippet?: string;
}

export class LinkedinSearchClient {
  constructor(
    private readonly deps: ProviderDeps,
    readonly guard: ProviderGuard,
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
  ) {}

  search(
    query: string,
    kind: "person" | "company",
  ): Promise<{ value: SearchHit[]; cached: boolean }> {
    return cachedGuarded(
      this.deps,
      this.guard,
      `${kind}:${query.toLowerCase()}`,
      async (signal) => {
        const url = new URL(
          "search",
          this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`,
        );
        url.searchParams.set("q", query);
        url.searchParams.set("kind", kind);
        const res = await getJson(this.deps.fetch, "linkedin_search", url.href, ZSearchSchema, {
          headers: { authorization: `Bearer ${this.apiKey}` },
          signal,
          timeoutMs: this.timeoutMs,
        });
        return (res.body?.results ?? []).slice(0, 20).map((r) => ({
          url: r.url,
          title: r.title ?? undefined,
          snippet: r.snippet ?? undefined,
        }));
      },
    );
  }
}
