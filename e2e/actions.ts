import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";

// A server action call as the browser made it, so a test can replay it with someone else's
// cookies: what a viewer could do from devtools, bypassing the UI that hides the control.

export interface CapturedAction {
  url: string;
  actionId: string;
  body: string;
}

/** Runs `act` on `page` and returns the first server action request it sent. */
export async function captureAction(page: Page, act: () => Promise<void>): Promise<CapturedAction> {
  const sent = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  const req = await sent;
  return { url: req.url(), actionId: req.headers()["next-action"]!, body: req.postData() ?? "" };
}

/** Fresh idempotency keys, so a replay cannot be answered from the original's result. */
function freshKeys(body: string): string {
  try {
    return JSON.stringify(
      JSON.parse(body, (k, v: unknown) => (/idempotency/i.test(k) ? randomUUID() : v)),
    );
  } catch {
    return body; // multipart (FormData) bodies are replayed as sent
  }
}

/**
 * Replays `action` through `request` (another person's cookies), its body passed through `edit`;
 * returns the raw response.
 */
export async function replayAction(
  request: APIRequestContext,
  action: CapturedAction,
  edit: (body: string) => string = (b) => b,
): Promise<{ status: number; text: string }> {
  const origin = new URL(action.url).origin;
  const res = await request.post(action.url, {
    headers: {
      "next-action": action.actionId,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin,
    },
    data: edit(freshKeys(action.body)),
  });
  return { status: res.status(), text: await res.text() };
}
