import { clsx } from "clsx";
import type { ComponentProps } from "react";

export function Card({ className, ...rest }: ComponentProps<"section">) {
  return (
    <section
      className={clsx(
        "rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900",
        className,
      )}
      {...rest}
    />
  );
}

export function CardHeader({ className, ...rest }: ComponentProps<"div">) {
  return <div className={clsx("space-y-1 p-6 pb-0", className)} {...rest} />;
}

export function CardTitle({ className, ...rest }: ComponentProps<"h1">) {
  return <h1 className={clsx("text-xl font-semibold tracking-tight", className)} {...rest} />;
}

export function CardDescription({ className, ...rest }: ComponentProps<"p">) {
  return <p className={clsx("text-sm text-zinc-600 dark:text-zinc-400", className)} {...rest} />;
}

export function CardContent({ className, ...rest }: ComponentProps<"div">) {
  return <div className={clsx("p-6", className)} {...rest} />;
}

export function CardFooter({ className, ...rest }: ComponentProps<"div">) {
  return <div className={clsx("flex items-center gap-2 p-6 pt-0", className)} {...rest} />;
}
