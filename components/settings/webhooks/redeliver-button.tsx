"use client";

import { useState, useTransition } from "react";
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = useRefreshBurst();
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      try {
        const result = await redeliverAction({ orgId, webhookId, deliveryId });
        if (result.ok) {
          setMessage({ ok: true, text: "Queued" });
          refresh();
        } else setMessage({ ok: false, text: result.error.message });
      } catch {
        setMessage({ ok: false, text: "The server did not answer." });
      }
    });
  return (
    <span className="inline-flex flex-col items-end">
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={run}
        aria-label={`Redeliver ${what}`}
      >
        Redeliver
      </Button>
      <span
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok === false ? "text-xs text-red-600" : "text-xs text-zinc-500"}
      >
        {message?.text}
      </span>
    </span>
  );
}
