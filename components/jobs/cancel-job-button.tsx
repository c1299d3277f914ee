"use client";

import { useState, useTransition } from "react";
import { cancelJobAction } from "@/app/(dashboard)/jobs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Stops a running job; URLs not yet started are released and never charged. */
export function CancelJobButton({
  jobId,
  orgId,
  onDone,
}: {
  jobId: string;
  orgId: string;
  onDone: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const cancel = () => {
    if (!window.confirm("Cancel this job? URLs not started yet will not be crawled.")) return;
    setError(null);
    startTransition(async () => {
      const result = await cancelJobAction({ id: jobId, orgId });
      if (!result.ok) setError(result.error.message);
      else onDone();
    });
  };
  return (
    <div className="space-y-2">
      <Button variant="danger" onClick={cancel} pending={pending}>
        Cancel job
      </Button>
      {error && <Alert tone="error">Could not cancel: {error}</Alert>}
    </div>
  );
}
