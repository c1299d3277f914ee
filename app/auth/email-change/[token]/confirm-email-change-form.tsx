"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { confirmEmailChangeAction } from "@/lib/auth/account-actions";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(confirmEmailChangeAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
          {state.data.notice}
        </p>
        <Link href="/settings/account" className="text-sm font-medium text-brand-600 underline">
          Go to your account
        </Link>
      </div>
    );
  }
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
        {pending ? "Confirming…" : "Confirm new email"}
      </Button>
    </form>
  );
}
