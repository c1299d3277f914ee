import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

/** A settings section: a card named by its heading (so it is a landmark with a name). */
export function SettingsCard({
  id,
  title,
  description,
  className,
  children,
}: {
  /** Unique on the page: the heading's id is `${id}-heading`. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-heading`} className={className}>
      <CardHeader>
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          {title}
        </h2>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The count after a section title, e.g. Keys (3). */
export function Count({ n }: { n: number }) {
  return <span className="font-normal text-zinc-500">({n})</span>;
}

/** Why this person sees no controls here (their role), in place of the forms. */
export function RoleNotice({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
      {children}
    </p>
  );
}
