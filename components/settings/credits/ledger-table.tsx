import { Receipt } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/dashboard/empty-state";
import { numberFormat } from "@/components/jobs/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { CreditKind } from "@/lib/credits/schemas";
import { formatWhen } from "../format";

export interface LedgerRow {
  id: string;
  jobId: string | null;
  kind: CreditKind;
  amount: number;
  balanceAfter: number;
  description: string | null;
  createdAt: string;
}

const KIND: Record<CreditKind, { label: string; tone: BadgeTone }> = {
  grant: { label: "Grant", tone: "green" },
  purchase: { label: "Purchase", tone: "green" },
  refund: { label: "Refund", tone: "green" },
  adjustment: { label: "Adjustment", tone: "neutral" },
  reserve: { label: "Hold", tone: "amber" },
  release: { label: "Released", tone: "neutral" },
  charge: { label: "Charge", tone: "brand" },
  allowance: { label: "Allowance", tone: "green" },
  clawback: { label: "Clawback", tone: "red" },
};

const signed = (n: number) => (n > 0 ? `+${numberFormat.format(n)}` : numberFormat.format(n));

export function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  if (rows.length === 0)
    return (
      <EmptyState icon={Receipt} title="No ledger entries">
        Grants, job holds and charges appear here as they happen.
      </EmptyState>
    );
  return (
    <Table caption="Credit ledger, newest first">
      <TableHead>
        <Th>When</Th>
        <Th>Entry</Th>
        <Th>Description</Th>
        <Th align="right">Amount</Th>
        <Th align="right">Balance after</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(r.createdAt)}</td>
            <td className="px-3 py-2">
              <Badge tone={KIND[r.kind].tone}>{KIND[r.kind].label}</Badge>
            </td>
            <td className="max-w-sm px-3 py-2 break-words">
              {r.description ?? "—"}
              {r.jobId && (
                <>
                  {" "}
                  <Link href={`/jobs/${r.jobId}`} className="text-brand-600 underline">
                    View job
                  </Link>
                </>
              )}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{signed(r.amount)}</td>
            <td className="px-3 py-2 text-right tabular-nums">
              {numberFormat.format(r.balanceAfter)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
