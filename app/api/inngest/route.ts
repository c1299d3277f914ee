// GET/POST/PUT /api/inngest – Inngest's serve endpoint: sync (PUT), introspection (GET) and step
// execution (POST), for Inngest Cloud, a self-hosted `inngest start`, or the embedded executor.
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT } = serve({ client: inngest, functions });
