"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction } from "./actions";

/** The one control that joins: an explicit POST (a server action), never the link's GET. */
export function AcceptInvitationForm({ token, orgName }: { token: string; orgName: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {state.error.message}
        </p>
      )}
      <Button type="submit" pending={pending}>
        {pending ? "Joining…" : `Join ${orgName}`}
      </Button>
    </form>
  );
}
