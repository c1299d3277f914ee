"use client";

import { useState, useTransition } from "react";
import { revokeApiKeyAction } from "@/app/(dashboard)/settings/api-keys/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

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
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await revokeApiKeyAction({ keyId, orgId });
        if (result.ok) setOpen(false);
        else setError(result.error.message);
      } catch {
        setError("The server did not answer. Try again.");
      }
    });
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        aria-label={`Revoke API key ${name}`}
      >
        Revoke
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Revoke ${name}?`}
        description={
          <>
            Requests with <span className="font-mono">{hint}</span> are refused from now on. This
            cannot be undone.
          </>
        }
        confirmLabel="Revoke key"
        pending={pending}
        onConfirm={revoke}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
