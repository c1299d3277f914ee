"use client";

import { useState } from "react";
import { leaveOrgAction } from "@/lib/orgs/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Two clicks to leave: the first asks, the second does it (no browser confirm dialog). */
export function LeaveOrgButton({ orgId, orgName }: { orgId: string; orgName: string }) {
  const [confirming, setConfirming] = useState(false);
  // On success the action redirects away from the organization.
  const { pending, error, submit } = useActionSubmit({
    action: () => leaveOrgAction({ orgId }),
    onFailure: (err) => {
      setConfirming(false);
      return err.message;
    },
  });

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Leave {orgName}?</span>
          <Button variant="danger" size="sm" pending={pending} onClick={() => submit()}>
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
