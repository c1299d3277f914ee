import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CREDIT_PACK_SPECS, PLAN_SPECS } from "@/lib/billing/plans";
import { CREDIT_PACKS, PAID_PLANS } from "@/lib/billing/schemas";
import { lookupKeyFor } from "@/lib/billing/stripe/prices";

// A loopback server speaking the part of Stripe's HTTP API the app uses — customers, prices by
// lookup key, Checkout Sessions, billing portal sessions, subscriptions retrieve and cancel,
// invoices retrieve —
// with Stripe's form encoding, Bearer secret key, Idempotency-Key and error shape. The official SDK
// talks to it through STRIPE_API_BASE. Tests drive "what happens in Stripe" (a customer pays,
// a period renews, a card fails) through stripe-world.ts, which also makes the events. Pages a
// browser visits (the hosted Checkout page in e2e) are served by an optional `hosted` handler.

type Obj = Record<string, unknown> & { id: string };

/** Serves a non-API request (a hosted page); returns false to fall through to the API's 404. */
export type HostedPages = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Record<string, unknown>,
) => boolean | Promise<boolean>;

/** Stripe's bracket notation (`line_items[0][price]=x`) into nested objects and arrays. */
export function parseForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = out;
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] = value;
      else node = (node[key] ??= /^\d+$/.test(path[i + 1]!) ? [] : {}) as Record<string, unknown>;
    });
  }
  return out;
}

export const newId = (prefix: string) => `${prefix}_test_${randomBytes(8).toString("hex")}`;

export class StripeServer {
  readonly customers = new Map<string, Obj>();
  readonly prices = new Map<string, Obj>();
  readonly sessions = new Map<string, Obj>();
  readonly portalSessions = new Map<string, Obj>();
  readonly subscriptions = new Map<string, Obj>();
  readonly invoices = new Map<string, Obj>();
  readonly paymentIntents = new Map<string, Obj>();
  /** Every request the SDK made, for assertions: method, path, form body, headers. */
  readonly requests: { method: string; path: string; body: Record<string, unknown> }[] = [];
  private readonly idempotent = new Map<string, string>();
  private server!: Server;
  url = "";

  constructor(
    readonly secretKey: string,
    private readonly hosted?: HostedPages,
  ) {
    for (const plan of PAID_PLANS)
      for (const interval of ["month", "year"] as const)
        this.addPrice(lookupKeyFor({ kind: "plan", plan, interval }), {
          recurring: { interval },
          type: "recurring",
          unit_amount: (PLAN_SPECS[plan].priceUsd[interval] ?? 0) * 100,
        });
    for (const pack of CREDIT_PACKS)
      this.addPrice(lookupKeyFor({ kind: "pack", pack }), {
        type: "one_time",
        unit_amount: CREDIT_PACK_SPECS[pack].priceUsd * 100,
      });
  }

  private addPrice(lookupKey: string, extra: Record<string, unknown>) {
    const id = `price_${lookupKey}`;
    this.prices.set(id, {
      id,
      object: "price",
      active: true,
      lookup_key: lookupKey,
      currency: "usd",
      ...extra,
    });
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(port, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  /**
   * An off-session, confirmed PaymentIntent, decided by Stripe's test cards: pm_card_visa
   * succeeds, pm_card_authenticationRequired fails with authentication_required (402, the
   * intent left requiring a payment method, as Stripe does off-session), pm_card_chargeDeclined
   * with card_declined.
   */
  private paymentIntent(
    body: Record<string, unknown>,
    key: string | string[] | undefined,
    send: (status: number, json: unknown) => void,
    error: (status: number, type: string, message: string, code?: string) => void,
  ) {
    if (!this.customers.has(body.customer as string))
      return error(400, "invalid_request_error", "No such customer", "resource_missing");
    const pm = String(body.payment_method ?? "");
    const fails =
      pm === "pm_card_authenticationRequired"
        ? { code: "authentication_required", message: "This payment requires authentication." }
        : pm === "pm_card_chargeDeclined"
          ? { code: "card_declined", message: "Your card was declined." }
          : null;
    const pi: Obj = {
      id: newId("pi"),
      object: "payment_intent",
      amount: Number(body.amount),
      amount_received: fails ? 0 : Number(body.amount),
      currency: body.currency,
      customer: body.customer,
      payment_method: pm,
      metadata: body.metadata ?? {},
      off_session: body.off_session === "true",
      status: fails ? "requires_payment_method" : "succeeded",
      last_payment_error: fails ? { type: "card_error", ...fails } : null,
    };
    this.paymentIntents.set(pi.id, pi);
    if (typeof key === "string") this.idempotent.set(key, pi.id);
    if (!fails) return send(200, pi);
    return send(402, {
      error: { type: "card_error", ...fails, payment_intent: pi, decline_code: fails.code },
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", this.url);
    const body = parseForm(
      req.method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString(),
    );
    this.requests.push({ method: req.method ?? "", path: url.pathname, body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") });
      res.end(JSON.stringify(json));
    };
    const error = (status: number, type: string, message: string, code?: string) =>
      send(status, { error: { type, message, ...(code ? { code } : {}) } });
    if (!url.pathname.startsWith("/v1/") && this.hosted && (await this.hosted(req, res, url, body)))
      return;
    if (req.headers.authorization !== `Bearer ${this.secretKey}`)
      return error(401, "invalid_request_error", "Invalid API Key provided");
    const key = req.headers["idempotency-key"];
    const replayOf = typeof key === "string" ? this.idempotent.get(key) : undefined;
    const route = `${req.method} ${url.pathname.replace(/\/(cus|cs|sub|in|pi)_[\w]+$/, "/:id")}`;
    const id = url.pathname.split("/").pop()!;
    const missing = (what: string) =>
      error(404, "invalid_request_error", `No such ${what}: '${id}'`, "resource_missing");
    switch (route) {
      case "POST /v1/customers": {
        if (replayOf) return send(200, this.customers.get(replayOf));
        const c: Obj = {
          id: newId("cus"),
          object: "customer",
          name: body.name,
          metadata: body.metadata ?? {},
        };
        this.customers.set(c.id, c);
        if (typeof key === "string") this.idempotent.set(key, c.id);
        return send(200, c);
      }
      case "GET /v1/customers/:id":
        return this.customers.has(id) ? send(200, this.customers.get(id)) : missing("customer");
      case "GET /v1/payment_methods": {
        const c = this.customers.get(body.customer as string);
        const pm = (c?.invoice_settings as { default_payment_method?: string } | undefined)
          ?.default_payment_method;
        const data = pm ? [{ id: pm, object: "payment_method", type: "card" }] : [];
        return send(200, { object: "list", data, has_more: false, url: "/v1/payment_methods" });
      }
      case "POST /v1/payment_intents":
        if (replayOf) return send(200, this.paymentIntents.get(replayOf));
        return this.paymentIntent(body, key, send, error);
      case "GET /v1/prices": {
        const keys = Object.values((body.lookup_keys ?? []) as string[]);
        const data = [...this.prices.values()].filter(
          (p) => keys.includes(p.lookup_key as string) && p.active,
        );
        return send(200, { object: "list", data, has_more: false, url: "/v1/prices" });
      }
      case "POST /v1/checkout/sessions": {
        if (!this.customers.has(body.customer as string))
          return error(
            400,
            "invalid_request_error",
            `No such customer: '${String(body.customer)}'`,
            "resource_missing",
          );
        const items = (body.line_items ?? []) as { price: string }[];
        if (!items[0] || !this.prices.has(items[0].price))
          return error(400, "invalid_request_error", "No such price", "resource_missing");
        const s: Obj = {
          id: newId("cs"),
          object: "checkout.session",
          mode: body.mode,
          customer: body.customer,
          client_reference_id: body.client_reference_id ?? null,
          metadata: body.metadata ?? {},
          subscription_data: body.subscription_data,
          line_items: items,
          success_url: body.success_url,
          cancel_url: body.cancel_url,
          status: "open",
          payment_status: "unpaid",
          payment_intent: null,
          subscription: null,
          url: "",
        };
        s.url = `${this.url}/c/pay/${s.id}`;
        this.sessions.set(s.id, s);
        return send(200, s);
      }
      case "POST /v1/billing_portal/sessions": {
        if (!this.customers.has(body.customer as string)) return missing("customer");
        const p: Obj = {
          id: newId("bps"),
          object: "billing_portal.session",
          customer: body.customer,
          return_url: body.return_url,
          url: "",
        };
        p.url = `${this.url}/p/session/${p.id}`;
        this.portalSessions.set(p.id, p);
        return send(200, p);
      }
      case "GET /v1/subscriptions/:id":
        return this.subscriptions.has(id)
          ? send(200, this.subscriptions.get(id))
          : missing("subscription");
      case "DELETE /v1/subscriptions/:id": {
        const sub = this.subscriptions.get(id);
        if (!sub) return missing("subscription");
        Object.assign(sub, { status: "canceled", canceled_at: Math.floor(Date.now() / 1000) });
        return send(200, sub);
      }
      case "GET /v1/invoices": {
        const limit = Number(body.limit ?? 10);
        const data = [...this.invoices.values()]
          .filter((i) => !body.customer || i.customer === body.customer)
          .sort((a, b) => (b.created as number) - (a.created as number));
        return send(200, {
          object: "list",
          data: data.slice(0, limit),
          has_more: data.length > limit,
          url: "/v1/invoices",
        });
      }
      case "GET /v1/invoices/:id":
        return this.invoices.has(id) ? send(200, this.invoices.get(id)) : missing("invoice");
      case "GET /v1/payment_intents/:id":
        return this.paymentIntents.has(id)
          ? send(200, this.paymentIntents.get(id))
          : missing("payment_intent");
      default:
        return error(
          404,
          "invalid_request_error",
          `Unrecognized request URL (${req.method}: ${url.pathname})`,
        );
    }
  }
}
