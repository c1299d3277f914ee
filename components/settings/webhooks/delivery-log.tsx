import { Send } from "lucide-react";
import { EmptyState } from "@/components/dashboard/empty-state";
import { Badge } from "@/components/ui/badge";
import { Table, TableHead, Th } from "@/components/ui/table";
import type { Delivery } from "@/lib/webhooks";
import { formatWhen } from "../format";
import { RedeliverButton } from "./redeliver-button";

function Outcome({ d }: { d: Delivery }) {
  const code = d.response_status ? ` ${d.response_status}` : "";
  return d.succeeded ? (
    <Badge tone="green">Delivered{code}</Badge>
  ) : (
    <Badge tone="red">Failed{code}</Badge>
  );
}

/** The request and response of one attempt, folded away until asked for. */
function AttemptDetails({ d }: { d: Delivery }) {
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-zinc-500">Request and response</summary>
      <div className="mt-1 max-w-xl space-y-1">
        <p className="font-mono break-all text-zinc-500">{d.url}</p>
        <pre className="max-h-48 overflow-auto rounded bg-zinc-50 p-2 whitespace-pre-wrap dark:bg-zinc-900">
          {d.request_body}
        </pre>
        {d.response_body && (
          <pre className="max-h-32 overflow-auto rounded bg-zinc-50 p-2 whitespace-pre-wrap dark:bg-zinc-900">
            {d.response_body}
          </pre>
        )}
      </div>
    </details>
  );
}

export function DeliveryLog({
  orgId,
  webhookId,
  deliveries,
  canRedeliver,
}: {
  orgId: string;
  webhookId: string;
  deliveries: Delivery[];
  /** Redelivery is refused while the endpoint is paused or disabled. */
  canRedeliver: boolean;
}) {
  if (deliveries.length === 0)
    return (
      <EmptyState icon={Send} title="No deliveries yet">
        Send a test event, or wait for a job to end: every attempt is logged here.
      </EmptyState>
    );
  return (
    <Table caption="Delivery attempts, newest first">
      <TableHead>
        <Th>When</Th>
        <Th>Event</Th>
        <Th align="right">Attempt</Th>
        <Th>Status</Th>
        <Th align="right">Duration</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {deliveries.map((d) => (
          <tr key={d.id} className="align-top">
            <td className="px-3 py-2 whitespace-nowrap">{formatWhen(d.created_at)}</td>
            <td className="px-3 py-2">
              <span className="font-medium">{d.event_type}</span>
              <span className="block font-mono text-xs text-zinc-500">{d.event_id}</span>
              {d.error && <span className="block text-xs text-red-600">{d.error}</span>}
              <AttemptDetails d={d} />
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{d.attempt}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              <Outcome d={d} />
            </td>
            <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
              {d.duration_ms === null ? "—" : `${d.duration_ms} ms`}
            </td>
            <td className="px-3 py-2 text-right">
              {canRedeliver && (
                <RedeliverButton
                  orgId={orgId}
                  webhookId={webhookId}
                  deliveryId={d.id}
                  what={`${d.event_type} attempt ${d.attempt} of ${formatWhen(d.created_at)}`}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
