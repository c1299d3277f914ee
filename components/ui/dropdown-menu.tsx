"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { clsx } from "clsx";
import type { ComponentProps } from "react";

// Radix supplies focus management, typeahead and Escape handling; this file only styles it.
export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;
export const DropdownMenuGroup = Menu.Group;

export function DropdownMenuContent({
  className,
  sideOffset = 6,
  align = "start",
  ...rest
}: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        sideOffset={sideOffset}
        align={align}
        className={clsx(
          "z-50 min-w-56 overflow-hidden rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg",
          "dark:border-zinc-800 dark:bg-zinc-900",
          className,
        )}
        {...rest}
      />
    </Menu.Portal>
  );
}

export function DropdownMenuItem({ className, ...rest }: ComponentProps<typeof Menu.Item>) {
  return (
    <Menu.Item
      className={clsx(
        "flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none",
        "data-[disabled]:pointer-events-none data-[disabled]:opacity-50",
        "data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800",
        className,
      )}
      {...rest}
    />
  );
}

export function DropdownMenuLabel({ className, ...rest }: ComponentProps<typeof Menu.Label>) {
  return (
    <Menu.Label
      className={clsx("px-2 py-1.5 text-xs font-medium text-zinc-500", className)}
      {...rest}
    />
  );
}

export function DropdownMenuSeparator({
  className,
  ...rest
}: ComponentProps<typeof Menu.Separator>) {
  return (
    <Menu.Separator
      className={clsx("-mx-1 my-1 h-px bg-zinc-200 dark:bg-zinc-800", className)}
      {...rest}
    />
  );
}
