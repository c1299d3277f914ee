"use client";

import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { ConfirmActionButton } from "../confirm-action-button";

export function RevokeApiKeyButton({
  orgId,
  keyId,
  name,
  hint,
}: {
  orgId: string;
  keyId: string;
  name: string;
  hint: string;
}) {
  return (
    <ConfirmActionButton
      label="Revoke"
      ariaLabel={`Revoke API key ${name}`}
      variant="ghost"
      size="sm"
      title={`Revoke ${name}?`}
      description={
        <>
          Requests with <span className="font-mono">{hint}</span> are refused from now on. This
          cannot be undone.
        </>
      }
      confirmLabel="Revoke key"
      run={() => revokeApiKeyAction({ keyId, orgId })}
    />
  );
}
