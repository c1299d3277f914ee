"use client";

import { AlertTriangle } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center"
    >
      <span className="inline-flex size-10 items-center justify-center rounded-full bg-red-50 dark:bg-red-950">
        <AlertTriangle aria-hidden className="size-5 text-red-600" />
      </span>
      <div className="space-y-1">
        <h1 className="text-lg font-semibold">This page could not be loaded</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Something went wrong on our side. Your data is safe; try again in a moment.
          {digest && (
            <span className="mt-1 block font-mono text-xs text-zinc-500">Reference: {digest}</span>
          )}
        </p>
      </div>
      <Button variant="secondary" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
