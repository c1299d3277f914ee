"use client";

import { AlertTriangle } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

// Inside the settings layout, so the tabs stay and the user can move to another settings page.
export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-xl border border-red-200 p-6 dark:border-red-900/60"
    >
      <h2 className="flex items-center gap-2 text-base font-semibold">
        <AlertTriangle aria-hidden className="size-4 text-red-600" />
        This settings page could not be loaded
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Something went wrong on our side; nothing was changed. Try again in a moment.
        {digest && (
          <span className="mt-1 block font-mono text-xs text-zinc-500">Reference: {digest}</span>
        )}
      </p>
      <Button variant="secondary" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
