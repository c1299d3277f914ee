"use client";

import { useState } from "react";
import { rotateWebhookSecretAction } from "@/lib/webhooks/actions";
import { ConfirmActionButton } from "../confirm-action-button";
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
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <ConfirmActionButton
        label="Rotate secret"
        title="Rotate the signing secret?"
        description="Deliveries are signed with the new secret and, for the next 24 hours, the old one too, so your receiver can switch over without missing events."
        confirmLabel="Rotate secret"
        cancelLabel="Cancel"
        run={() => rotateWebhookSecretAction({ orgId, webhookId })}
        onDone={(data) => setSecret(data.secret)}
      />
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
