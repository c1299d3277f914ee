// Stripe: Checkout and the Customer Portal for admins, and the signed webhook that changes plans
// and credits. Only configured with STRIPE_SECRET_KEY; the embedded default never loads the SDK.
export { stripe, stripeConfigured } from "./client";
export { ensureCustomer } from "./customer";
export { startCheckout, openBillingPortal, ZStartCheckoutSchema } from "./checkout";
export type { StartCheckoutInput } from "./checkout";
export { handleStripeWebhook, MAX_STRIPE_EVENT_BYTES } from "./webhook";
export { applyStripeEvent, type Applied } from "./apply-event";
export { lookupKeyFor, parseLookupKey, type PriceFor } from "./prices";
export { listInvoices, INVOICES_SHOWN, type InvoiceList, type InvoiceRow } from "./invoices";
