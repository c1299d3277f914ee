"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { CopySecret } from "../copy-secret";

export interface CreatedKey {
  id: string;
  name: string;
  keyHint: string;
  key: string;
}

/**
 * The one time a key's plaintext is on screen. Closing the dialog drops it from memory; the list
 * shows only the hint from then on.
 */
export function NewKeyDialog({
  created,
  onClose,
}: {
  created: CreatedKey | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={created !== null} onOpenChange={(open) => !open && onClose()}>
      {created && (
        <DialogContent
          title="API key created"
          description={
            <>
              Copy <strong>{created.name}</strong> now and store it somewhere safe.{" "}
              <strong>You won&apos;t see it again:</strong> Leadscout keeps only a hash.
            </>
          }
          className="max-w-xl"
        >
          <div className="space-y-4">
            <CopySecret label="API key" value={created.key} />
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Send it in the <code className="font-mono">Authorization: Bearer …</code> header of
              requests to <code className="font-mono">/api/v1</code>.
            </p>
            <div className="flex justify-end">
              <DialogClose asChild>
                <Button>I have copied it</Button>
              </DialogClose>
            </div>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
}
