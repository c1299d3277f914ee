"use server";

import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { saveAutoTopUp } from "./auto-topup";
import { ZAutoTopUpSettingsSchema } from "./schemas";
import { openBillingPortal, startCheckout, ZStartCheckoutSchema } from "./stripe";

// Billing is managed by admins only (the product's role matrix); members and viewers see the plan
// and balance without these controls, and are refused here if they call them anyway.
const ADMINS = ["admin"] as const;

/** A Stripe-hosted URL to continue on: Checkout, or the portal for an organization subscribed. */
export const startCheckoutAction = safeAction(
  { name: "billing.checkout", schema: ZStartCheckoutSchema, roles: ADMINS },
  (input, { session, org }) => startCheckout(session.claims, org.id, input),
);

export const openPortalAction = safeAction(
  { name: "billing.portal", schema: z.object({}), roles: ADMINS },
  (_input, { session, org }) => openBillingPortal(session.claims, org.id),
);

/** Auto top-up settings (admins); saving lifts a pause. */
export const saveAutoTopUpAction = safeAction(
  { name: "billing.auto_topup", schema: ZAutoTopUpSettingsSchema, roles: ADMINS },
  (input, { session, org }) => saveAutoTopUp(session.claims, org.id, input),
);
