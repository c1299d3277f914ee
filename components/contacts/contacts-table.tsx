"use client";

import { clsx } from "clsx";
import { Download, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { downloadCsv } from "@/components/leads/download-csv";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";
import { deleteContactsAction } from "@/lib/contacts/actions";
import type { Contact } from "@/lib/contacts/schemas";

const plural = (n: number) => `${n} contact${n === 1 ? "" : "s"}`;
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
/** The page's path, short enough for a cell; the whole URL when it does not parse. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * The Contacts page's table: one row per person, with a checkbox per row for the bulk actions
 * (export the selection; delete it, after a confirmation). Viewers see the rows only.
 */
export function ContactsTable({
  contacts,
  orgId,
  canEdit,
  canExport,
}: {
  contacts: Contact[];
  orgId: string;
  canEdit: boolean;
  canExport: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const { pending, error, notice, submit } = useActionSubmit({
    action: async (op: "delete" | "export"): Promise<ActionResult<string>> => {
      if (op === "delete") {
        const r = await deleteContactsAction({ orgId, ids: selected });
        return r.ok ? { ok: true, data: `Deleted ${plural(r.data.deleted)}.` } : r;
      }
      await downloadCsv(`/api/dashboard/contacts/export?ids=${selected.join(",")}`);
      return { ok: true, data: `Exported ${plural(selected.length)}.` };
    },
    onSuccess: (text, op) => {
      if (op === "delete") {
        setSelected([]);
        router.refresh();
      }
      return text;
    },
    onFailure: (err, op) => `Could not ${op}: ${err.message}`,
    thrown: (e, op) =>
      `Could not ${op}: ${op === "export" ? (e as Error).message : "the server did not answer"}`,
    onSettled: () => setConfirming(false),
  });
  const selectable = canEdit || canExport;
  const all = contacts.length > 0 && selected.length === contacts.length;
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <div className="space-y-3">
      {selectable && (
        <div
          role="group"
          aria-label="Selected contacts"
          className="flex flex-wrap items-center gap-2 text-sm"
        >
          <span className="mr-2 text-zinc-600 tabular-nums dark:text-zinc-400" aria-live="polite">
            {selected.length ? `${plural(selected.length)} selected` : "No contacts selected"}
          </span>
          {canExport && (
            <Button
              variant="secondary"
              size="sm"
              disabled={!selected.length || pending}
              onClick={() => submit("export")}
            >
              <Download aria-hidden className="size-4" />
              Export selected
            </Button>
          )}
          {canEdit && (
            <Button
              variant="secondary"
              size="sm"
              disabled={!selected.length || pending}
              onClick={() => setConfirming(true)}
            >
              <Trash2 aria-hidden className="size-4" />
              Delete
            </Button>
          )}
          <span
            role={error ? "alert" : "status"}
            className={clsx(
              "ml-auto truncate",
              error ? "text-red-700 dark:text-red-400" : "text-emerald-700 dark:text-emerald-400",
            )}
          >
            {error ?? notice}
          </span>
        </div>
      )}
      <Table caption="Contacts">
        <TableHead>
          {selectable && (
            <Th className="w-8 px-3 py-2">
              <input
                type="checkbox"
                aria-label="Select every contact on this page"
                checked={all}
                onChange={() => setSelected(all ? [] : contacts.map((c) => c.id))}
              />
            </Th>
          )}
          <Th>Name</Th>
          <Th>Title</Th>
          <Th>Email</Th>
          <Th>Phone</Th>
          <Th>Company</Th>
          <Th>Found on</Th>
          <Th>First found</Th>
        </TableHead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {contacts.map((c) => (
            <tr key={c.id}>
              {selectable && (
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ${c.name}`}
                    checked={selected.includes(c.id)}
                    onChange={() => toggle(c.id)}
                  />
                </td>
              )}
              <td className="max-w-56 truncate px-3 py-2 font-medium">
                {c.name}
                {c.linkedin_url && (
                  <a
                    href={c.linkedin_url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="ml-2 text-xs text-brand-600 hover:underline"
                  >
                    LinkedIn
                  </a>
                )}
              </td>
              <td className="max-w-56 truncate px-3 py-2">{c.title ?? "—"}</td>
              <td className="max-w-56 truncate px-3 py-2">
                {c.email ? (
                  <a href={`mailto:${c.email}`} className="hover:underline">
                    {c.email}
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{c.phone ?? "—"}</td>
              <td className="max-w-48 truncate px-3 py-2">
                <Link href={`/leads/${c.lead_id}`} className="text-brand-600 hover:underline">
                  {c.company ?? c.domain}
                </Link>
              </td>
              <td className="max-w-48 truncate px-3 py-2">
                {c.source_url ? (
                  <a
                    href={c.source_url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="hover:underline"
                  >
                    {pathOf(c.source_url)}
                  </a>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {dateFormat.format(new Date(c.created_at))}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${plural(selected.length)}?`}
        description="The contacts are removed for everyone in the organization. Their company leads stay, and a later job over the same site finds them again."
        confirmLabel={`Delete ${plural(selected.length)}`}
        cancelLabel="Keep them"
        pending={pending}
        onConfirm={() => submit("delete")}
      />
    </div>
  );
}
