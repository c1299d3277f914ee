"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { confirmSignUpAction } from "./actions";

export function ConfirmSignUpForm({ token, next }: { token: string; next: string }) {
  const [state, formAction, pending] = useActionState(confirmSignUpAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      {state && !state.ok && (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300"
        >
          {state.error.message}{" "}
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>
        </p>
      )}
      <Button type="submit" pending={pending}>
        {pending ? "Confirming…" : "Confirm and sign in"}
      </Button>
    </form>
  );
}
