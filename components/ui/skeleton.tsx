import { clsx } from "clsx";
import type { ComponentProps } from "react";

export function Skeleton({ className, ...rest }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden
      className={clsx("animate-pulse rounded-md bg-zinc-200/70 dark:bg-zinc-800", className)}
      {...rest}
    />
  );
}
