import type { SafeResponse } from "@leadscout/http";

// Fetch engines behind one small interface: plain HTTP and a real browser. The crawler picks an
// ordered list per render mode instead of branching on the mode everywhere.
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  html: string;
  headers: Record<string, string>;
  engine: "http" | "browser";
}

export interface PageEngine {
  readonly name: "http" | "browser";
  fetchPage(url: string, opts: { deadline: number; timeoutMs: number }): Promise<FetchedPage>;
}

export function fromResponse(res: SafeResponse): FetchedPage {
  return {
    url: res.url,
    finalUrl: res.finalUrl,
    status: res.status,
    html: res.text(),
    headers: res.headers,
    engine: "http",
  };
}
