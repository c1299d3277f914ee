"use client";

import * as T from "@radix-ui/react-tabs";
import { clsx } from "clsx";
import type { ComponentProps } from "react";

// Radix wires tab ↔ panel ids and arrow-key movement as the ARIA tabs pattern expects.
export const Tabs = T.Root;

export function TabsList({ className, ...rest }: ComponentProps<typeof T.List>) {
  return (
    <T.List
      className={clsx(
        "inline-flex flex-wrap gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-800",
        className,
      )}
      {...rest}
    />
  );
}

export function TabsTrigger({ className, ...rest }: ComponentProps<typeof T.Trigger>) {
  return (
    <T.Trigger
      className={clsx(
        "rounded-md px-3 py-1.5 text-sm font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400",
        "focus-visible:outline-2 focus-visible:outline-brand-600",
        "data-[state=active]:bg-white data-[state=active]:text-zinc-900 data-[state=active]:shadow-sm",
        "dark:data-[state=active]:bg-zinc-950 dark:data-[state=active]:text-zinc-100",
        className,
      )}
      {...rest}
    />
  );
}

export function TabsContent({ className, ...rest }: ComponentProps<typeof T.Content>) {
  return <T.Content className={clsx("focus-visible:outline-none", className)} {...rest} />;
}
