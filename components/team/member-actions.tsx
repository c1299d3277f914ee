"use client";

import { useState, useTransition } from "react";
import { changeRoleAction, removeMemberAction } from "@/lib/orgs/team-actions";
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
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errorId = `member-${userId}-error`;

  const onRole = (next: Role) =>
    startTransition(async () => {
      setError(null);
      const result = await changeRoleAction({ userId, role: next, orgId });
      if (!result.ok) setError(result.error.message);
    });

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await removeMemberAction({ userId, orgId });
      if (!result.ok) {
        setError(result.error.message);
        setConfirming(false);
      }
    });

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {/* key resets the select to the saved role when a change is refused */}
        <Select
          key={`${role}-${error ?? ""}`}
          aria-label={`Role for ${email}`}
          aria-describedby={error ? errorId : undefined}
          defaultValue={role}
          disabled={pending}
          onChange={(e) => onRole(e.target.value as Role)}
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
                onClick={remove}
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
