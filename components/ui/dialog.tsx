"use client";

import * as D from "@radix-ui/react-dialog";
import { clsx } from "clsx";
import { X } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

// Radix traps focus, restores it to the trigger on close, and closes on Escape; this file styles it.
export const Dialog = D.Root;
export const DialogTrigger = D.Trigger;
export const DialogClose = D.Close;

/** The dialog box: its title names it for screen readers, the description explains it. */
export function DialogContent({
  title,
  description,
  className,
  children,
  ...rest
}: Omit<ComponentProps<typeof D.Content>, "title"> & { title: string; description?: ReactNode }) {
  return (
    <D.Portal>
      <D.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-[1px]" />
      <D.Content
        className={clsx(
          "fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2",
          "overflow-y-auto rounded-xl border border-zinc-200 bg-white p-6 shadow-xl focus:outline-none",
          "dark:border-zinc-800 dark:bg-zinc-950",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...rest}
      >
        <div className="mb-4 space-y-1 pr-8">
          <D.Title className="text-lg font-semibold">{title}</D.Title>
          {description && (
            <D.Description className="text-sm text-zinc-600 dark:text-zinc-400">
              {description}
            </D.Description>
          )}
        </div>
        {children}
        <D.Close
          aria-label="Close"
          className="absolute top-4 right-4 rounded-md p-1 text-zinc-500 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-zinc-800"
        >
          <X aria-hidden className="size-4" />
        </D.Close>
      </D.Content>
    </D.Portal>
  );
}
