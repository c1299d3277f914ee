"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { sendTestEventAction } from "@/lib/webhooks/actions";
import { Button } from "@/components/ui/button";
import { useRefreshBurst } from "./use-refresh-burst";

export function SendTestButton({
  orgId,
  webhookId,
  disabled,
}: {
  orgId: string;
  webhookId: string;
  disabled?: boolean;
}) {
  const refresh = useRefreshBurst();
  const { pending, error, notice, submit } = useActionSubmit({
    action: () => sendTestEventAction({ orgId, webhookId }),
    onSuccess: () => {
      refresh();
      return "Test event queued; its delivery appears below shortly.";
    },
    thrown: "The server did not answer. Try again.",
  });
  return (
    <>
      <Button variant="secondary" pending={pending} disabled={disabled} onClick={() => submit()}>
        Send test event
      </Button>
      {/* Its own line at the end of the button row, so the buttons do not move when it appears. */}
      <p
        role={error ? "alert" : "status"}
        className={`order-last basis-full text-sm ${error ? "text-red-600" : "text-zinc-600"}`}
      >
        {error ?? notice}
      </p>
    </>
  );
}
