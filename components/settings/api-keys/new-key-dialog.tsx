"use client";

import { SecretOnceDialog } from "../secret-once-dialog";

export interface CreatedKey {
  id: string;
  name: string;
  keyHint: string;
  key: string;
}

/** Shows a new key's plaintext once; the list shows only its hint from then on. */
export function NewKeyDialog({
  created,
  onClose,
}: {
  created: CreatedKey | null;
  onClose: () => void;
}) {
  return (
    <SecretOnceDialog
      secret={created?.key ?? null}
      title="API key created"
      what={<strong>{created?.name}</strong>}
      label="API key"
      onClose={onClose}
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Send it in the <code className="font-mono">Authorization: Bearer …</code> header of requests
        to <code className="font-mono">/api/v1</code>. Leadscout keeps only a hash of it.
      </p>
    </SecretOnceDialog>
  );
}
