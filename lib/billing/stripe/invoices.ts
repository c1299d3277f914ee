import { withUser, type JwtClaims } from "@/lib/db";
import { log } from "@/lib/log";
import { requireMembership } from "@/lib/orgs";
import { stripe, stripeConfigured } from "./client";

// The organization's Stripe invoices for the Billing page (admins: an invoice names the card
// and links to Stripe's hosted page). Read from Stripe each time, newest first, one page.

export interface InvoiceRow {
  id: string;
  number: string | null;
  status: string | null;
  /** In the currency's minor unit, as Stripe reports it. */
  total: number;
  amountPaid: number;
  currency: string;
  created: string;
  hostedUrl: string | null;
  pdfUrl: string | null;
}

export type InvoiceList =
  | { state: "not_configured" | "no_customer" | "unavailable"; invoices: [] }
  | { state: "ok"; invoices: InvoiceRow[] };

export const INVOICES_SHOWN = 12;

// Links are rendered as <a href>: only http(s) URLs, never a javascript: one.
const webUrl = (u: string | null | undefined) => (u && /^https?:\/\//.test(u) ? u : null);

export async function listInvoices(claims: JwtClaims, orgId: string): Promise<InvoiceList> {
  if (!stripeConfigured()) return { state: "not_configured", invoices: [] };
  const customer = await withUser(claims, async (tx) => {
    await requireMembership(tx, claims.sub, orgId, ["admin"]);
    const row = await tx
      .selectFrom("subscriptions")
      .select("stripe_customer_id")
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    return row?.stripe_customer_id ?? null;
  });
  if (!customer) return { state: "no_customer", invoices: [] };
  try {
    const page = await stripe().invoices.list({ customer, limit: INVOICES_SHOWN });
    return {
      state: "ok",
      invoices: page.data.map((inv) => ({
        id: inv.id ?? "",
        number: inv.number ?? null,
        status: inv.status ?? null,
        total: inv.total,
        amountPaid: inv.amount_paid,
        currency: inv.currency,
        created: new Date(inv.created * 1000).toISOString(),
        hostedUrl: webUrl(inv.hosted_invoice_url),
        pdfUrl: webUrl(inv.invoice_pdf),
      })),
    };
  } catch (err) {
    // The page still renders (plans, balance, chart) when Stripe cannot be reached.
    log.warn("stripe invoices could not be listed", { err });
    return { state: "unavailable", invoices: [] };
  }
}
