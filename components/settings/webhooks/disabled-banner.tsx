import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { SetActiveButton } from "./set-active-button";

export interface DisabledEndpoint {
  id: string;
  url: string;
  disabled_reason: string;
}

/** Endpoints Leadscout stopped delivering to (410 Gone, a day of failures), and why. */
export function DisabledBanner({ orgId, alerts }: { orgId: string; alerts: DisabledEndpoint[] }) {
  if (alerts.length === 0) return null;
  return (
    <div
      role="alert"
      className="space-y-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <p className="flex items-center gap-2 font-medium">
        <AlertTriangle aria-hidden className="size-4" />
        {alerts.length === 1
          ? "Deliveries to one endpoint have stopped"
          : `Deliveries to ${alerts.length} endpoints have stopped`}
      </p>
      <ul className="space-y-2">
        {alerts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="min-w-0 break-all">
              <Link href={`/settings/webhooks/${a.id}`} className="font-mono underline">
                {a.url}
              </Link>
              : {a.disabled_reason}
            </span>
            <SetActiveButton orgId={orgId} webhookId={a.id} active label="Re-enable" />
          </li>
        ))}
      </ul>
    </div>
  );
}
