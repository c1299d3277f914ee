"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { updateWebhookAction } from "@/lib/webhooks/actions";
import { Button, type ButtonProps } from "@/components/ui/button";

/** Pauses an endpoint, or re-enables one (which also clears its failure count). */
export function SetActiveButton({
  orgId,
  webhookId,
  active,
  label,
  variant = "secondary",
}: {
  orgId: string;
  webhookId: string;
  active: boolean;
  label: string;
  variant?: ButtonProps["variant"];
}) {
  const { pending, error, submit } = useActionSubmit({
    action: () => updateWebhookAction({ orgId, webhookId, active }),
    thrown: "The server did not answer. Try again.",
  });
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant={variant} size="sm" pending={pending} onClick={() => submit()}>
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
