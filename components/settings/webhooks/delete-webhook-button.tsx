"use client";

import { useRouter } from "next/navigation";
import { deleteWebhookAction } from "@/lib/webhooks/actions";
import { ConfirmActionButton } from "../confirm-action-button";

export function DeleteWebhookButton({ orgId, webhookId }: { orgId: string; webhookId: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      label="Delete endpoint"
      variant="danger"
      title="Delete this endpoint?"
      description="No more events are sent to it, and its delivery log is deleted with it."
      confirmLabel="Delete endpoint"
      run={() => deleteWebhookAction({ orgId, webhookId })}
      onDone={() => router.push("/settings/webhooks")}
    />
  );
}
