"use client";

import { useState } from "react";
import { changeRoleAction, removeMemberAction } from "@/lib/orgs/team-actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { Role } from "@/lib/orgs/schemas";
import { ROLE_OPTIONS } from "./role-options";

/** An admin's controls for one member: change role at once, remove after a second click. */
export function MemberActions({
  orgId,
  userId,
  email,
  role,
  you,
}: {
  orgId: string;
  userId: string;
  email: string;
  role: Role;
  you: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  // Counts refusals: the select below remounts on each, back to the saved role.
  const [refused, setRefused] = useState(0);
  const errorId = `member-${userId}-error`;

  // One call at a time for the row: a role change or the removal.
  const { pending, error, submit } = useActionSubmit({
    action: (next: Role | "remove") =>
      next === "remove"
        ? removeMemberAction({ userId, orgId })
        : changeRoleAction({ userId, role: next, orgId }),
    onFailure: (err, next) => {
      if (next === "remove") setConfirming(false);
      else setRefused((n) => n + 1);
      return err.message;
    },
  });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {/* key resets the select to the saved role when a change is refused */}
        <Select
          key={`${role}-${refused}`}
          aria-label={`Role for ${email}`}
          aria-describedby={error ? errorId : undefined}
          defaultValue={role}
          disabled={pending}
          onChange={(e) => submit(e.target.value as Role)}
          wrapperClassName="w-32"
          className="h-8"
        >
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        {!you &&
          (confirming ? (
            <>
              <Button
                variant="danger"
                size="sm"
                pending={pending}
                onClick={() => submit("remove")}
                aria-label={`Confirm removing ${email}`}
              >
                Remove
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setConfirming(false)}
                disabled={pending}
              >
                Cancel
              </Button>
            </>
          ) : (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setConfirming(true)}
              aria-label={`Remove ${email}`}
            >
              Remove
            </Button>
          ))}
      </div>
      {error && (
        <p
          id={errorId}
          role="alert"
          className="max-w-xs text-right text-xs text-red-600 dark:text-red-400"
        >
          {error}
        </p>
      )}
    </div>
  );
}
