"use client";

import { useState, useTransition } from "react";
import { revokeInvitationAction } from "@/lib/orgs/team-actions";
import { Button } from "@/components/ui/button";

export function RevokeInvitationButton({
  orgId,
  invitationId,
  email,
}: {
  orgId: string;
  invitationId: string;
  email: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const result = await revokeInvitationAction({ invitationId, orgId });
      if (!result.ok) setError(result.error.message);
    });
  return (
    <span className="flex items-center gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        onClick={revoke}
        aria-label={`Revoke invitation for ${email}`}
      >
        Revoke
      </Button>
    </span>
  );
}
