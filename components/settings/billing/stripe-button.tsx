"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button, type ButtonProps } from "@/components/ui/button";
import { openPortalAction, startCheckoutAction } from "@/lib/billing/actions";
import type { StartCheckoutInput } from "@/lib/billing/stripe";

/**
 * Sends the admin to Stripe: Checkout for `checkout`, else the Customer Portal. The URL comes from
 * the server action (Stripe makes a fresh session each time); errors show beside the button.
 */
export function StripeButton({
  checkout,
  children,
  variant = "primary",
}: {
  checkout?: StartCheckoutInput;
  children: React.ReactNode;
  variant?: ButtonProps["variant"];
}) {
  const { pending, error, submit } = useActionSubmit({
    action: () => (checkout ? startCheckoutAction(checkout) : openPortalAction({})),
    onSuccess: ({ url }) => window.location.assign(url),
    thrown: "Stripe could not be reached. Try again.",
  });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button type="button" variant={variant} size="sm" disabled={pending} onClick={() => submit()}>
        {pending ? "Opening Stripe…" : children}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
