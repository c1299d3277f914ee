"use client";

import { Download } from "lucide-react";
import { useState, useTransition } from "react";
import { downloadCsv } from "@/components/leads/download-csv";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ContactParams } from "./contact-filters";

/** "Export CSV": every contact matching the current filters, streamed by the export route. */
export function ExportLink({ params }: { params: ContactParams }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  const run = () =>
    startTransition(async () => {
      setError(null);
      try {
        await downloadCsv(`/api/dashboard/contacts/export${query ? `?${query}` : ""}`);
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
