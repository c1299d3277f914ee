import { endpointUrlProblems } from "@/lib/webhooks";

// A job's own webhook_url answers to the rules of a webhook endpoint (https, no credentials, no
// private, loopback, link-local or metadata address; SSRF_ALLOWLIST honoured), checked when the
// job is created rather than only at delivery, so a caller hears about it while they can fix it.

export type CheckedWebhookUrl = { ok: true; url: string } | { ok: false; problems: string[] };

/** The URL as the check parsed it (what is stored and delivered to), or every problem with it. */
export async function checkJobWebhookUrl(raw: string): Promise<CheckedWebhookUrl> {
  const trimmed = raw.trim();
  const problems = await endpointUrlProblems(trimmed);
  // endpointUrlProblems parses with the same WHATWG parser: an empty list means this succeeds.
  return problems.length ? { ok: false, problems } : { ok: true, url: new URL(trimmed).href };
}
