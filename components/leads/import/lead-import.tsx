"use client";

import Papa from "papaparse";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import {
  guessMapping,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ImportMapping,
  type ImportRefusal,
  type ImportReport,
} from "@/lib/lead-import/schemas";
import { ImportDone, ImportRefused } from "./import-outcome";
import { MappedPreview, MappingFields, type CsvHead } from "./import-preview";

const PREVIEW_ROWS = 5;
const MB = MAX_IMPORT_BYTES / 1024 / 1024;
const FILE_CLASS =
  "block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-zinc-200 dark:file:bg-zinc-800";

type Outcome =
  | { kind: "done"; report: ImportReport }
  | { kind: "refused"; refusal: ImportRefusal }
  | { kind: "error"; message: string };

/** The header and first rows, read in the browser: only the start of the file is parsed here. */
function readHead(file: File): Promise<CsvHead> {
  return new Promise((resolve, reject) =>
    Papa.parse<string[]>(file, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: false,
      complete: ({ data }) => {
        const [headers = [], ...rows] = data;
        resolve({ headers: headers.map((h) => h.trim()), rows });
      },
      error: reject,
    }),
  );
}

/** The server's answer as an outcome: the report, the rows it refused, or why it could not. */
async function outcomeOf(res: Response): Promise<Outcome> {
  const body = (await res.json().catch(() => null)) as {
    data?: ImportReport;
    error?: { message: string; details?: ImportRefusal; fields?: Record<string, string[]> };
  } | null;
  if (res.ok && body?.data) return { kind: "done", report: body.data };
  if (body?.error?.details?.errors) return { kind: "refused", refusal: body.error.details };
  const fields = Object.values(body?.error?.fields ?? {}).flat();
  const message = body?.error?.message ?? `The import failed (HTTP ${res.status}).`;
  return { kind: "error", message: [message, ...fields].join(" — ") };
}

/**
 * Leads › Import: choose a CSV, map its columns (guessed from the headers) with a preview of the
 * first rows, import it all or nothing, and see the counts or every problem with its row number.
 */
export function LeadImport() {
  const [file, setFile] = useState<File | null>(null);
  const [head, setHead] = useState<CsvHead | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (picked: File | undefined) => {
    setFileError(null);
    setOutcome(null);
    setHead(null);
    setFile(null);
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES)
      return setFileError(`The file is over ${MB} MB; split it into several imports.`);
    try {
      const read = await readHead(picked);
      if (!read.headers.some(Boolean))
        return setFileError("The file is empty: its first row must name the columns.");
      setHead(read);
      setMapping(guessMapping(read.headers));
      setFile(picked);
    } catch {
      setFileError("The file could not be read as CSV.");
    }
  };

  const canImport = Boolean(file && (mapping.website || mapping.domain));

  const runImport = async () => {
    if (!file) return;
    setPending(true);
    setOutcome(null);
    try {
      const query = new URLSearchParams({ ...mapping, filename: file.name });
      const res = await fetch(`/api/dashboard/leads/import?${query}`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: file,
      });
      setOutcome(await outcomeOf(res));
    } catch (err) {
      setOutcome({ kind: "error", message: `The upload failed: ${(err as Error).message}` });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="space-y-8">
      <FormField
        label="CSV file"
        error={fileError ?? undefined}
        hint={`UTF-8, a header row first, up to ${MB} MB and ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows. Every row needs a website or a domain.`}
      >
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className={FILE_CLASS}
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </FormField>
      {head && file && outcome?.kind !== "done" && (
        <>
          <MappingFields head={head} mapping={mapping} onChange={setMapping} />
          <MappedPreview head={head} mapping={mapping} />
          <div className="flex items-center gap-3">
            <Button onClick={runImport} pending={pending} disabled={!canImport}>
              Import {file.name}
            </Button>
            {!canImport && (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                Map a website or a domain column to import.
              </p>
            )}
            {pending && (
              <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
                Checking every row and importing…
              </p>
            )}
          </div>
        </>
      )}
      {outcome?.kind === "done" && <ImportDone report={outcome.report} />}
      {outcome?.kind === "refused" && <ImportRefused refusal={outcome.refusal} />}
      {outcome?.kind === "error" && <Alert tone="error">{outcome.message}</Alert>}
    </div>
  );
}
