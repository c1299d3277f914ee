"use client";

import { useState, useTransition } from "react";
import { rotateWebhookSecretAction } from "@/app/(dashboard)/settings/webhooks/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SecretOnceDialog } from "../secret-once-dialog";

export function RotateSecretButton({
  orgId,
  webhookId,
  url,
}: {
  orgId: string;
  webhookId: string;
  url: string;
}) {
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const rotate = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await rotateWebhookSecretAction({ orgId, webhookId });
        if (!result.ok) return setError(result.error.message);
        setOpen(false);
        setSecret(result.data.secret);
      } catch {
        setError("The server did not answer. Try again.");
      }
    });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Rotate secret
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Rotate the signing secret?"
        description="Deliveries are signed with the new secret and, for the next 24 hours, the old one too, so your receiver can switch over without missing events."
        confirmLabel="Rotate secret"
        cancelLabel="Cancel"
        pending={pending}
        onConfirm={rotate}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
      <SecretOnceDialog
        secret={secret}
        title="New signing secret"
        what={<span className="font-mono break-all">{url}</span>}
        label="Signing secret"
        onClose={() => setSecret(null)}
      />
    </>
  );
}
