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
      description={`New jobs use the platform's ${name} key again and are charged credits for that part. Jobs already running keep the terms they started with.`}
      confirmLabel="Remove key"
      run={() => removeProviderKeyAction({ orgId, provider })}
    />
  );
}
