"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { checkProviderKeyAction } from "@/lib/provider-keys/actions";
import type { KeyProvider } from "@/lib/provider-keys/schemas";

/** One cheap call to the provider with the stored key; a refusal shows the provider's message. */
export function CheckKeyButton({ orgId, provider }: { orgId: string; provider: KeyProvider }) {
  const { pending, error, notice, submit } = useActionSubmit({
    action: () => checkProviderKeyAction({ orgId, provider }),
    onSuccess: (data) => data.message,
    thrown: "The server did not answer. Try again.",
  });
  return (
    <>
      <Button variant="secondary" pending={pending} onClick={() => submit()}>
        Check
      </Button>
      <p role={error ? "alert" : "status"} className="order-last basis-full text-sm text-zinc-600">
        {error ?? notice}
      </p>
    </>
  );
}
