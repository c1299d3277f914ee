"use client";

import { useState, useTransition } from "react";
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
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = useRefreshBurst();
  const send = () =>
    startTransition(async () => {
      setMessage(null);
      try {
        const result = await sendTestEventAction({ orgId, webhookId });
        if (result.ok) {
          setMessage({ ok: true, text: "Test event queued; its delivery appears below shortly." });
          refresh();
        } else setMessage({ ok: false, text: result.error.message });
      } catch {
        setMessage({ ok: false, text: "The server did not answer. Try again." });
      }
    });
  return (
    <>
      <Button variant="secondary" pending={pending} disabled={disabled} onClick={send}>
        Send test event
      </Button>
      {/* Its own line at the end of the button row, so the buttons do not move when it appears. */}
      <p
        role={message && !message.ok ? "alert" : "status"}
        className={`order-last basis-full text-sm ${message?.ok === false ? "text-red-600" : "text-zinc-600"}`}
      >
        {message?.text}
      </p>
    </>
  );
}
