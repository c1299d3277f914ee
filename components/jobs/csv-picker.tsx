"use client";

import { useEffect, useId, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { numberFormat } from "./format";
import { columnLabel, pickColumn, readCsv, type CsvPick, type CsvTable } from "./csv-urls";

const SHOWN_ERRORS = 20;
const FILE_CLASS =
  "block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-zinc-200 dark:file:bg-zinc-800";

export interface CsvChoice extends CsvPick {
  fileName: string;
}

/**
 * Upload → pick the column → see every bad row before anything is sent. Parsing happens in the
 * browser (papaparse); the parent keeps the resulting URLs in the form.
 */
export function CsvPicker({
  fileName,
  error,
  onPick,
}: {
  fileName: string;
  error?: string;
  onPick: (choice: CsvChoice) => void;
}) {
  const [table, setTable] = useState<CsvTable | null>(null);
  const [column, setColumn] = useState(0);
  const [hasHeader, setHasHeader] = useState(true);
  const [name, setName] = useState(fileName);
  const [readError, setReadError] = useState<string | null>(null);
  const errorsId = useId();
  const pick = table ? pickColumn(table, column, hasHeader) : null;

  useEffect(() => {
    if (pick) onPick({ ...pick, fileName: name });
    // pick is derived from these; re-running on its identity would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, column, hasHeader, name]);

  const onFile = async (file: File | undefined) => {
    setReadError(null);
    if (!file) return;
    if (file.size > 5 * 1024 * 1024) return setReadError("The file is over 5 MB; split it up.");
    try {
      const t = readCsv(await file.text());
      if (!t.rows.length) return setReadError("The file has no rows.");
      setTable(t);
      setColumn(t.guess);
      setHasHeader(t.hasHeader);
      setName(file.name);
    } catch {
      setReadError("The file could not be read as text.");
    }
  };

  return (
    <div className="space-y-4">
      <FormField
        label="CSV file"
        error={readError ?? error}
        hint={name ? `Loaded ${name}.` : "One website per row; up to 10,000 rows."}
      >
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className={FILE_CLASS}
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </FormField>
      {table && (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Column with the URLs">
            <Select value={column} onChange={(e) => setColumn(Number(e.target.value))}>
              {Array.from({ length: table.columns }, (_, i) => (
                <option key={i} value={i}>
                  {columnLabel(table, i, hasHeader)}
                </option>
              ))}
            </Select>
          </FormField>
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input
              type="checkbox"
              checked={hasHeader}
              onChange={(e) => setHasHeader(e.target.checked)}
            />
            The first row names the columns
          </label>
        </div>
      )}
      {pick && (
        <div className="space-y-2 text-sm" aria-live="polite">
          <p>
            <strong>{numberFormat.format(pick.urls.length)}</strong> unique URLs found
            {pick.errors.length > 0 && (
              <>
                , <strong>{numberFormat.format(pick.errors.length)}</strong> rows not usable
              </>
            )}
            .
          </p>
          {pick.errors.length > 0 && (
            <ul
              id={errorsId}
              aria-label="Rows that are not usable"
              className="max-h-40 space-y-0.5 overflow-y-auto rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
            >
              {pick.errors.slice(0, SHOWN_ERRORS).map((e) => (
                <li key={e.row}>
                  row {e.row}: {e.message}
                </li>
              ))}
              {pick.errors.length > SHOWN_ERRORS && (
                <li>and {numberFormat.format(pick.errors.length - SHOWN_ERRORS)} more rows</li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
