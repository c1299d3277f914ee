"use client";

import { useState, useTransition } from "react";
import { leaveOrgAction } from "@/lib/orgs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Two clicks to leave: the first asks, the second does it (no browser confirm dialog). */
export function LeaveOrgButton({ orgId, orgName }: { orgId: string; orgName: string }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const leave = () =>
    startTransition(async () => {
      setError(null);
      const result = await leaveOrgAction({ orgId });
      if (result && !result.ok) {
        setError(result.error.message);
        setConfirming(false);
      }
    });

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Leave {orgName}?</span>
          <Button variant="danger" size="sm" pending={pending} onClick={leave}>
            Yes, leave organization
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          Leave organization
        </Button>
      )}
    </div>
  );
}
