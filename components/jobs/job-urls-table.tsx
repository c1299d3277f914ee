import type { JobUrl } from "@/lib/jobs/list-job-urls";
import { numberFormat } from "./format";
import { JobStatusBadge } from "./job-status-badge";

/** One row per URL of the job: its status, leads and credits, and why it failed if it did. */
export function JobUrlsTable({ urls, more }: { urls: JobUrl[]; more: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">URLs in this job</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2">
              URL
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Leads
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Credits
            </th>
            <th scope="col" className="px-3 py-2">
              Error
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
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
      </table>
      {more && (
        <p className="border-t border-zinc-200 px-3 py-2 text-xs text-zinc-500 dark:border-zinc-800">
          Showing the first {urls.length} URLs.
        </p>
      )}
    </div>
  );
}
