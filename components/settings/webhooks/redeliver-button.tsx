"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { redeliverAction } from "@/lib/webhooks/actions";
import { Button } from "@/components/ui/button";
import { useRefreshBurst } from "./use-refresh-burst";

/** Sends a logged event again: same body and webhook-id, so receivers can deduplicate. */
export function RedeliverButton({
  orgId,
  webhookId,
  deliveryId,
  what,
}: {
  orgId: string;
  webhookId: string;
  deliveryId: string;
  /** Names the row for screen readers, e.g. "job.completed attempt 2". */
  what: string;
}) {
  const refresh = useRefreshBurst();
  const { pending, error, notice, submit } = useActionSubmit({
    action: () => redeliverAction({ orgId, webhookId, deliveryId }),
    onSuccess: () => {
      refresh();
      return "Queued";
    },
    thrown: "The server did not answer.",
  });
  return (
    <span className="inline-flex flex-col items-end">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={() => submit()}
        aria-label={`Redeliver ${what}`}
      >
        Redeliver
      </Button>
      <span
        role={error ? "alert" : "status"}
        className={error ? "text-xs text-red-600" : "text-xs text-zinc-500"}
      >
        {error ?? notice}
      </span>
    </span>
  );
}
