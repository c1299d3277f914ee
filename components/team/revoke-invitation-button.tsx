"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
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
  const { pending, error, submit } = useActionSubmit({
    action: () => revokeInvitationAction({ invitationId, orgId }),
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
        onClick={() => submit()}
        aria-label={`Revoke invitation for ${email}`}
      >
        Revoke
      </Button>
    </span>
  );
}
