import { FileText, Inbox } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { InboundForm, SubmissionView } from "@/lib/inbound/schemas";
import { CopySecret } from "../copy-secret";
import { formatWhen } from "../format";
import { EditFormForm, FormActions } from "./form-actions";

/** The snippet a site pastes: an iframe of the hosted page (the one page that may be framed). */
export function embedSnippet(appUrl: string, form: InboundForm): string {
  const src = new URL(`/f/${form.slug}`, appUrl).href;
  return `<iframe src="${src}" title="${form.name.replace(/"/g, "&quot;")}" style="width:100%;min-height:680px;border:0" loading="lazy"></iframe>`;
}

export function FormList({
  forms,
  submissions,
  appUrl,
  orgId,
  isAdmin,
}: {
  forms: InboundForm[];
  submissions: Record<string, SubmissionView[]>;
  appUrl: string;
  orgId: string;
  isAdmin: boolean;
}) {
  if (forms.length === 0)
    return (
      <EmptyState icon={Inbox} title="No forms yet">
        {isAdmin
          ? "Create a form, put it on your site, and each submission arrives here as a lead."
          : "An admin of this organization can create one; submissions then arrive as leads."}
      </EmptyState>
    );
  return (
    <ul className="space-y-6">
      {forms.map((f) => (
        <li
          key={f.id}
          aria-label={`Form ${f.name}`}
          className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="space-y-1">
              <h3 className="font-medium">
                {f.name}{" "}
                <Badge tone={f.enabled ? "green" : "neutral"}>
                  {f.enabled ? "Live" : "Disabled"}
                </Badge>
              </h3>
              <p className="text-xs text-zinc-500">
                Asks {f.fields.join(", ")}
                {f.recipients.length ? ` · notifies ${f.recipients.join(", ")}` : ""}
              </p>
            </div>
            {isAdmin && <FormActions orgId={orgId} form={f} />}
          </div>
          <p className="text-sm">
            Hosted page:{" "}
            <a
              href={`/f/${f.slug}`}
              target="_blank"
              rel="noreferrer"
              className="font-mono text-xs text-brand-600 underline"
            >
              /f/{f.slug}
            </a>
          </p>
          <CopySecret label="Embed on your site" value={embedSnippet(appUrl, f)} />
          {isAdmin && (
            <details>
              <summary className="cursor-pointer text-sm font-medium">Edit this form</summary>
              <div className="pt-3">
                <EditFormForm orgId={orgId} form={f} />
              </div>
            </details>
          )}
          <Submissions rows={submissions[f.id] ?? []} />
        </li>
      ))}
    </ul>
  );
}

function Submissions({ rows }: { rows: SubmissionView[] }) {
  if (!rows.length) return <p className="text-sm text-zinc-500">No submissions yet.</p>;
  return (
    <Table caption="Latest submissions">
      <TableHead>
        <Th>Received</Th>
        <Th>From</Th>
        <Th>Attachment</Th>
        <Th>Lead</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((s) => (
          <tr key={s.id}>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(s.created_at)}</td>
            <td className="px-3 py-2">
              {String(s.data.email ?? "")}
              {typeof s.data.name === "string" && (
                <span className="block text-xs text-zinc-500">{s.data.name}</span>
              )}
            </td>
            <td className="px-3 py-2">
              {s.file ? (
                <a
                  href={s.file.url}
                  className="inline-flex items-center gap-1 text-brand-600 underline"
                >
                  <FileText aria-hidden className="size-4" />
                  {s.file.name}
                </a>
              ) : (
                "—"
              )}
            </td>
            <td className="px-3 py-2">
              {s.lead_id ? (
                <Link href={`/leads/${s.lead_id}`} className="text-brand-600 underline">
                  Open lead
                </Link>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
