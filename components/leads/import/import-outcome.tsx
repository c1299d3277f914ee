import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Table, TableHead, Th } from "@/components/ui/table";
import {
  IMPORT_FIELD_LABELS,
  type ImportRefusal,
  type ImportReport,
} from "@/lib/lead-import/schemas";

const n = new Intl.NumberFormat("en-US");

/** What a successful import did, in counts. */
export function ImportDone({ report }: { report: ImportReport }) {
  return (
    <div className="space-y-4">
      <Alert tone="success">
        Imported {n.format(report.created)} {report.created === 1 ? "lead" : "leads"} from{" "}
        {n.format(report.rows)} rows.
      </Alert>
      <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        <dt>Leads created</dt>
        <dd className="text-right tabular-nums">{n.format(report.created)}</dd>
        <dt>Already in your leads (skipped, left unchanged)</dt>
        <dd className="text-right tabular-nums">{n.format(report.skipped_existing)}</dd>
        <dt>Repeated in the file (same domain)</dt>
        <dd className="text-right tabular-nums">{n.format(report.duplicates_in_file)}</dd>
        <dt>Contacts created</dt>
        <dd className="text-right tabular-nums">{n.format(report.contacts_created)}</dd>
        {report.blank_rows > 0 && (
          <>
            <dt>Blank rows ignored</dt>
            <dd className="text-right tabular-nums">{n.format(report.blank_rows)}</dd>
          </>
        )}
      </dl>
      <Link href="/leads" className="text-brand-700 dark:text-brand-100 text-sm underline">
        See your leads
      </Link>
    </div>
  );
}

/** Why nothing was imported: each problem with its row (the header is row 1) and column. */
export function ImportRefused({ refusal }: { refusal: ImportRefusal }) {
  const more = refusal.error_count - refusal.errors.length;
  return (
    <div className="space-y-3">
      <Alert tone="error">
        {n.format(refusal.error_count)} {refusal.error_count === 1 ? "problem" : "problems"} in{" "}
        {n.format(refusal.rows)} rows; nothing was imported. Fix the file and choose it again.
      </Alert>
      <Table
        caption="Problems in the file"
        footer={
          more > 0 && (
            <p className="border-t border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
              And {n.format(more)} more not listed.
            </p>
          )
        }
      >
        <TableHead>
          <Th>Row</Th>
          <Th>Field</Th>
          <Th>Problem</Th>
        </TableHead>
        <tbody>
          {refusal.errors.map((e, i) => (
            <tr key={i} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="px-3 py-2 tabular-nums">Row {e.row}</td>
              <td className="px-3 py-2">
                {e.field === "row" ? "Whole row" : IMPORT_FIELD_LABELS[e.field]}
                {e.column && <span className="text-zinc-500"> (column “{e.column}”)</span>}
              </td>
              <td className="px-3 py-2">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
