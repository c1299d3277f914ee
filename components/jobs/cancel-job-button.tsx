"use client";

import { useState } from "react";
import { cancelJobAction } from "@/lib/jobs/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Stops a running job after a confirmation; URLs not yet started are released and never charged. */
export function CancelJobButton({
  jobId,
  orgId,
  onDone,
}: {
  jobId: string;
  orgId: string;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const { pending, error, submit } = useActionSubmit({
    action: () => cancelJobAction({ id: jobId, orgId }),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
    thrown: "The server could not be reached",
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Cancel job
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Cancel this job?"
        description="URLs not started yet will not be crawled and their credits are released. Leads already found are kept."
        confirmLabel="Cancel job"
        cancelLabel="Keep running"
        pending={pending}
        onConfirm={() => submit()}
      >
        {error && <Alert tone="error">Could not cancel: {error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
