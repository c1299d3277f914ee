import { FileText } from "lucide-react";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { InvoiceList } from "@/lib/billing/stripe";

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(
    minor / 100,
  );
const date = (iso: string) =>
  new Date(iso).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" });

const EMPTY: Record<Exclude<InvoiceList["state"], "ok">, string> = {
  not_configured: "Billing is not configured on this installation, so there are no invoices.",
  no_customer: "Invoices appear here once the organization pays for a plan or a credit pack.",
  unavailable: "Stripe could not be reached just now; reload the page to try again.",
};

/** The organization's latest Stripe invoices, each linking to Stripe's hosted page. */
export function InvoicesTable({ list }: { list: InvoiceList }) {
  if (list.state !== "ok" || list.invoices.length === 0)
    return (
      <EmptyState
        icon={FileText}
        title={list.state === "unavailable" ? "Invoices unavailable" : "No invoices yet"}
      >
        {list.state === "ok" ? EMPTY.no_customer : EMPTY[list.state]}
      </EmptyState>
    );
  return (
    <Table caption="Invoices, newest first">
      <TableHead>
        <Th>Invoice</Th>
        <Th>Date</Th>
        <Th>Status</Th>
        <Th align="right">Total</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {list.invoices.map((inv) => (
          <tr key={inv.id}>
            <td className="px-3 py-2">
              {inv.hostedUrl ? (
                <a
                  href={inv.hostedUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-brand-600 hover:underline"
                >
                  {inv.number ?? inv.id}
                </a>
              ) : (
                (inv.number ?? inv.id)
              )}
            </td>
            <td className="px-3 py-2 whitespace-nowrap">{date(inv.created)}</td>
            <td className="px-3 py-2">
              <Badge tone={inv.status === "paid" ? "green" : "neutral"}>
                {inv.status ?? "draft"}
              </Badge>
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{money(inv.total, inv.currency)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
