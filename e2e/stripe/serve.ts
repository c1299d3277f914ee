import type { ServerResponse } from "node:http";
import { StripeServer } from "../../tests/billing/stripe-server";
import { StripeWorld, signedDelivery } from "../../tests/billing/stripe-world";
import { STRIPE_E2E, stripePort } from "./config";

// The local Stripe for browser flows (a Playwright webServer): the API the app's SDK calls, plus
// the hosted Checkout page a customer pays on. Paying completes the session as Stripe would and
// POSTs the signed events (subscription created, invoice paid, checkout completed) to the app's
// webhook before redirecting to the session's success URL, as Stripe's own redirect follows the
// payment. Run: `tsx e2e/stripe/serve.ts` with APP_URL set.

const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const webhookUrl = new URL("/api/webhooks/stripe", appUrl).href;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(res: ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
      `</head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
  );
}

/** Signs each event as Stripe does and posts it; the app must accept every one. */
async function sendToApp(events: (Record<string, unknown> & { id: string })[]) {
  for (const event of events) {
    const { body, headers } = signedDelivery(event, STRIPE_E2E.webhookSecret);
    const res = await fetch(webhookUrl, { method: "POST", headers, body });
    if (!res.ok) throw new Error(`webhook ${String(event.type)} answered ${res.status}`);
  }
}

const server = new StripeServer(STRIPE_E2E.secretKey, async (req, res, url) => {
  if (url.pathname === "/health") {
    res.end("ok");
    return true;
  }
  const pay = /^\/c\/pay\/(cs_\w+)$/.exec(url.pathname);
  if (!pay) return false;
  await checkoutPage(req.method ?? "GET", res, pay[1]!);
  return true;
});
const world = new StripeWorld(server);

async function checkoutPage(method: string, res: ServerResponse, id: string) {
  const session = server.sessions.get(id);
  if (!session) return html(res, 404, "Checkout session not found", "");
  if (method === "POST") {
    if (session.status === "open") {
      try {
        await sendToApp(world.completeCheckout(session.id));
      } catch (err) {
        return html(res, 502, "Webhook delivery failed", `<p>${escape(String(err))}</p>`);
      }
    }
    res.writeHead(303, { location: String(session.success_url) }).end();
    return;
  }
  const price = (session.line_items as { price: string }[])[0]!.price;
  const key = String(server.prices.get(price)?.lookup_key ?? price);
  html(
    res,
    200,
    "Local Stripe Checkout",
    `<p>Paying for <code>${escape(key)}</code> (${escape(String(session.mode))}).</p>` +
      `<form method="post"><button type="submit">Pay</button></form>` +
      `<p><a href="${escape(String(session.cancel_url))}">Back</a></p>`,
  );
}

await server.start(stripePort);
console.log(`local Stripe on ${server.url}, webhooks to ${webhookUrl}`);
