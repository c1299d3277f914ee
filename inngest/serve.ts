import { serve } from "inngest/next";
import { env } from "@/lib/env";
import { inngest } from "./client";
import { functions } from "./functions";
import { inngestMode } from "./local/mode";

/**
 * The one serve() handler over every function. app/api/inngest/route.ts exposes it to Inngest
 * Cloud or a self-hosted server; the embedded executor (inngest/local) calls it in process.
 */
export const inngestHandler = serve({ client: inngest, functions });

/**
 * Whether /api/inngest may answer the public network. Only where the SDK verifies Inngest's
 * request signatures (Cloud, self-hosted: a signing key is required), or for the Inngest dev
 * server outside production. In the embedded default the client runs unsigned, so the route must
 * stay closed: the executor reaches the handler in process and never through HTTP.
 */
export function publicServeOpen(): boolean {
  const mode = inngestMode();
  if (mode === "cloud" || mode === "self-hosted") return true;
  return mode === "dev-server" && env().NODE_ENV !== "production";
}
