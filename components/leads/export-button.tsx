"use client";

import { Download } from "lucide-react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { downloadCsv } from "./download-csv";

/** "Export CSV": every lead matching the current filters, streamed by the export route. */
export function ExportButton({ query }: { query: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      setError(null);
      try {
        await downloadCsv(`/api/dashboard/leads/export${query ? `?${query}` : ""}`);
      } catch (e) {
        setError(`Could not export: ${(e as Error).message}`);
      }
    });
  return (
    <div className="relative">
      <Button variant="secondary" onClick={run} pending={pending}>
        {!pending && <Download aria-hidden className="size-4" />}
        Export CSV
      </Button>
      {error && (
        <Alert tone="error" className="absolute top-full right-0 z-10 mt-2 w-72">
          {error}
        </Alert>
      )}
    </div>
  );
}
