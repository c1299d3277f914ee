"use client";

import { useRouter } from "next/navigation";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  connectCrmAction,
  disconnectCrmAction,
  setPushCompletedJobsAction,
} from "@/lib/crm/actions";
import type { CrmConnectionStatus } from "@/lib/crm/schemas";
import { ConfirmActionButton } from "../confirm-action-button";
import { RoleNotice } from "../settings-card";
import { formatWhen } from "../format";

/**
 * HubSpot's connection: admins connect (off to HubSpot's consent page and back), opt in to
 * pushing completed jobs, and disconnect (the refresh token is revoked at HubSpot); everyone
 * else reads the status. No token ever reaches this component: only the portal and the date.
 */
export function HubSpotConnection({
  status,
  isAdmin,
}: {
  status: CrmConnectionStatus;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const connect = useActionSubmit({
    action: () => connectCrmAction({ provider: "hubspot" }),
    onSuccess: (data) => {
      window.location.assign(data.authorizeUrl);
      return "Opening HubSpot…";
    },
    onFailure: (err) => `Could not start connecting: ${err.message}`,
  });
  const toggle = useActionSubmit({
    action: (on: boolean) => setPushCompletedJobsAction({ provider: "hubspot", on }),
    onSuccess: (data) => {
      router.refresh();
      return data.on ? "Completed jobs will be sent." : "Completed jobs will not be sent.";
    },
    onFailure: (err) => `Could not save: ${err.message}`,
  });

  if (!status.connected)
    return (
      <div className="space-y-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Not connected. Connecting lets you send leads and their contacts to HubSpot as companies
          and contacts, matched by domain and email so nothing is duplicated.
        </p>
        {isAdmin ? (
          <Button onClick={() => connect.submit(undefined)} disabled={connect.pending}>
            Connect HubSpot
          </Button>
        ) : (
          <RoleNotice>Only admins of this organization can connect HubSpot.</RoleNotice>
        )}
        {connect.error && <Alert tone="error">{connect.error}</Alert>}
      </div>
    );

  return (
    <div className="space-y-4">
      <p className="text-sm">
        Connected as <strong>{status.accountName ?? `portal ${status.accountId}`}</strong>
        {status.accountName && ` (portal ${status.accountId})`}, since{" "}
        {formatWhen(status.connectedAt)}.
      </p>
      {isAdmin ? (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={status.pushCompletedJobs}
              disabled={toggle.pending}
              onChange={(e) => toggle.submit(e.target.checked)}
            />
            Send every completed job&apos;s leads to HubSpot
          </label>
          {toggle.error && <Alert tone="error">{toggle.error}</Alert>}
          <ConfirmActionButton
            label="Disconnect HubSpot"
            title="Disconnect HubSpot?"
            description="Leadscout stops sending leads and HubSpot revokes its access. Records already in HubSpot stay there; the sync log stays here."
            confirmLabel="Disconnect"
            run={() => disconnectCrmAction({ provider: "hubspot" })}
            onDone={() => router.refresh()}
          />
        </>
      ) : (
        <RoleNotice>
          {status.pushCompletedJobs
            ? "Every completed job's leads are sent to HubSpot. "
            : "Completed jobs are not sent automatically. "}
          Only admins change the connection.
        </RoleNotice>
      )}
    </div>
  );
}
