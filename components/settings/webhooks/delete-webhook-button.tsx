"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteWebhookAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function DeleteWebhookButton({ orgId, webhookId }: { orgId: string; webhookId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await deleteWebhookAction({ orgId, webhookId });
        if (!result.ok) return setError(result.error.message);
        router.push("/settings/webhooks");
      } catch {
        setError("The server did not answer. Try again.");
      }
    });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete endpoint
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this endpoint?"
        description="No more events are sent to it, and its delivery log is deleted with it."
        confirmLabel="Delete endpoint"
        pending={pending}
        onConfirm={remove}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
