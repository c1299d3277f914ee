"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { CopySecret } from "./copy-secret";

/**
 * The one time a secret (an API key, a webhook signing secret) is on screen. Closing the dialog
 * drops it from memory: the server keeps only a hash or never shows it again.
 */
export function SecretOnceDialog({
  secret,
  title,
  what,
  label,
  children,
  onClose,
}: {
  /** The secret to show; null keeps the dialog closed. */
  secret: string | null;
  title: string;
  /** Names the thing, e.g. "CRM sync" or the endpoint URL. */
  what: ReactNode;
  label: string;
  children?: ReactNode;
  onClose: () => void;
}) {
  return (
    <Dialog open={secret !== null} onOpenChange={(open) => !open && onClose()}>
      {secret !== null && (
        <DialogContent
          title={title}
          description={
            <>
              For {what}. Copy it now and store it somewhere safe.{" "}
              <strong>You won&apos;t see it again.</strong>
            </>
          }
          className="max-w-xl"
        >
          <div className="space-y-4">
            <CopySecret label={label} value={secret} />
            {children}
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
