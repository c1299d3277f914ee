"use client";

import { Download } from "lucide-react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { downloadCsv } from "./download-csv";

/**
 * "Export CSV": every row matching the current filters, streamed by the export route (the leads'
 * unless another is given, e.g. the contacts').
 */
export function ExportButton({
  query,
  path = "/api/dashboard/leads/export",
}: {
  query: string;
  path?: string;
}) {
  // Not a server action, but the same one-at-a-time call with a pending state and an alert.
  const { pending, error, submit } = useActionSubmit({
    action: async () => {
      await downloadCsv(`${path}${query ? `?${query}` : ""}`);
      return { ok: true, data: null };
    },
    thrown: (e) => `Could not export: ${(e as Error).message}`,
  });
  return (
    <div className="relative">
      <Button variant="secondary" onClick={() => submit()} pending={pending}>
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
