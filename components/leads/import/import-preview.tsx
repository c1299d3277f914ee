"use client";

import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Table, TableHead, Th } from "@/components/ui/table";
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
} from "@/lib/lead-import/schemas";

export interface CsvHead {
  headers: string[];
  /** The first rows below the header, as the file has them. */
  rows: string[][];
}

/** One select per lead field, proposing the file's columns (guessed from their headers first). */
export function MappingFields({
  head,
  mapping,
  onChange,
}: {
  head: CsvHead;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const set = (field: ImportField, header: string) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="mb-2 text-sm font-medium">Which column holds each field</legend>
      {IMPORT_FIELDS.map((field) => (
        <FormField key={field} label={IMPORT_FIELD_LABELS[field]}>
          <Select value={mapping[field] ?? ""} onChange={(e) => set(field, e.target.value)}>
            <option value="">— not imported —</option>
            {head.headers
              .filter((h) => h !== "")
              .map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
          </Select>
        </FormField>
      ))}
    </fieldset>
  );
}

/** The first rows as they will be read: one column per mapped field, numbered like the file. */
export function MappedPreview({ head, mapping }: { head: CsvHead; mapping: ImportMapping }) {
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== undefined);
  if (!fields.length) return null;
  const index = (f: ImportField) => head.headers.indexOf(mapping[f]!);
  return (
    <div className="space-y-2">
      <h2 className="text-sm font-medium">Preview of the first rows as mapped</h2>
      <Table caption="Import preview">
        <TableHead>
          <Th>Row</Th>
          {fields.map((f) => (
            <Th key={f}>{IMPORT_FIELD_LABELS[f]}</Th>
          ))}
        </TableHead>
        <tbody>
          {head.rows.map((cells, i) => (
            <tr key={i} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="px-3 py-2 text-zinc-500 tabular-nums">{i + 2}</td>
              {fields.map((f) => (
                <td key={f} className="max-w-48 truncate px-3 py-2">
                  {cells[index(f)]?.trim() ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
