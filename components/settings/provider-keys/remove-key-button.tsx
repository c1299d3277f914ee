"use client";

import { ConfirmActionButton } from "../confirm-action-button";
import { removeProviderKeyAction } from "@/lib/provider-keys/actions";
import { PROVIDER_LABELS, type KeyProvider } from "@/lib/provider-keys/schemas";

export function RemoveKeyButton({ orgId, provider }: { orgId: string; provider: KeyProvider }) {
  const name = PROVIDER_LABELS[provider].split(" (")[0];
  return (
    <ConfirmActionButton
      label="Remove"
      variant="danger"
      title={`Remove the ${name} key?`}
      description={
        provider === "anthropic"
          ? "New jobs score with the platform's Claude (charged credits) or by rules. A job already running scores its remaining leads by rules."
          : `The key is deleted; enrichment keeps using the platform's ${name} key.`
      }
      confirmLabel="Remove key"
      run={() => removeProviderKeyAction({ orgId, provider })}
    />
  );
}
