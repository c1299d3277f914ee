"use client";

import { useState, type ReactNode } from "react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A button that asks first (revoke, delete, rotate, restore), then runs a server action. The
 * dialog stays open until the server answers; a refusal is shown in it, and nothing else changes.
 */
export function ConfirmActionButton<T>({
  label,
  ariaLabel,
  variant = "secondary",
  size,
  title,
  description,
  confirmLabel,
  cancelLabel,
  run,
  onDone,
}: {
  label: ReactNode;
  ariaLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  run: () => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
}) {
  const [open, setOpen] = useState(false);
  const { pending, error, setError, submit } = useActionSubmit({
    action: run,
    onSuccess: (data) => {
      setOpen(false);
      onDone?.(data);
    },
    thrown: "The server did not answer. Try again.",
  });
  return (
    <>
      <Button
        variant={variant}
        size={size}
        aria-label={ariaLabel}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        pending={pending}
        onConfirm={() => submit()}
      >
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
