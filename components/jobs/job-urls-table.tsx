import type { JobUrl } from "@/lib/jobs/list-job-urls";
import { numberFormat } from "./format";
import { JobStatusBadge } from "./job-status-badge";
import { Table, TableHead, Th } from "@/components/ui/table";

/** One row per URL of the job: its status, leads and credits, and why it failed if it did. */
export function JobUrlsTable({
  urls,
  more,
  emptyText = "No URLs yet: the job is reading its list.",
}: {
  urls: JobUrl[];
  more: boolean;
  emptyText?: string;
}) {
  return (
    <Table
      caption="URLs in this job"
      footer={
        more && (
          <p className="border-t border-zinc-200 px-3 py-2 text-xs text-zinc-500 dark:border-zinc-800">
            Showing the first {urls.length} URLs.
          </p>
        )
      }
    >
      <TableHead>
        <Th>URL</Th>
        <Th>Status</Th>
        <Th align="right">Leads</Th>
        <Th align="right">Credits</Th>
        <Th>Error</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {urls.length === 0 && (
          <tr>
            <td colSpan={5} className="px-3 py-6 text-center text-zinc-500">
              {emptyText}
            </td>
          </tr>
        )}
        {urls.map((u) => (
          <tr key={u.id}>
            <td className="max-w-80 truncate px-3 py-2 font-mono text-xs" title={u.url}>
              {u.url}
            </td>
            <td className="px-3 py-2">
              <JobStatusBadge status={u.status} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(u.leads_found)}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(u.credits_charged)}
            </td>
            <td className="max-w-80 px-3 py-2 text-xs text-red-700 dark:text-red-400">
              {u.error ?? ""}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
