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
import { CRM_PROVIDER_LABELS, type CrmConnectionStatus } from "@/lib/crm/schemas";
import { ConfirmActionButton } from "../confirm-action-button";
import { RoleNotice } from "../settings-card";
import { formatWhen } from "../format";
import { SalesforceObjectModeForm } from "./salesforce-object-mode";

const WHAT: Record<CrmConnectionStatus["provider"], string> = {
  hubspot: "companies and contacts, matched by domain and email",
  salesforce: "Accounts and Contacts (or Leads), matched by website and email",
};

/**
 * One CRM's connection: admins connect (off to the CRM's consent page and back), opt in to pushing
 * completed jobs, and disconnect (the refresh token is revoked at the CRM); everyone else reads
 * the status. No token ever reaches this component: only the account and the date.
 */
export function CrmConnection({
  status,
  isAdmin,
}: {
  status: CrmConnectionStatus;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const { provider } = status;
  const label = CRM_PROVIDER_LABELS[provider];
  const connect = useActionSubmit({
    action: () => connectCrmAction({ provider }),
    onSuccess: (data) => {
      window.location.assign(data.authorizeUrl);
      return `Opening ${label}…`;
    },
    onFailure: (err) => `Could not start connecting: ${err.message}`,
  });
  const toggle = useActionSubmit({
    action: (on: boolean) => setPushCompletedJobsAction({ provider, on }),
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
          Not connected. Connecting lets you send leads and their people to {label} as{" "}
          {WHAT[provider]}, so nothing is duplicated.
        </p>
        {isAdmin ? (
          <Button onClick={() => connect.submit(undefined)} disabled={connect.pending}>
            Connect {label}
          </Button>
        ) : (
          <RoleNotice>Only admins of this organization can connect {label}.</RoleNotice>
        )}
        {connect.error && <Alert tone="error">{connect.error}</Alert>}
      </div>
    );

  const account =
    provider === "hubspot"
      ? `${status.accountName ?? `portal ${status.accountId}`}${status.accountName ? ` (portal ${status.accountId})` : ""}`
      : `${status.accountName ?? status.accountId} (org ${status.accountId})`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Connected as <strong>{account}</strong>, since {formatWhen(status.connectedAt)}.
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
            Send every completed job&apos;s leads to {label}
          </label>
          {toggle.error && <Alert tone="error">{toggle.error}</Alert>}
          {provider === "salesforce" && <SalesforceObjectModeForm mode={status.objectMode} />}
          <ConfirmActionButton
            label={`Disconnect ${label}`}
            title={`Disconnect ${label}?`}
            description={`Leadscout stops sending leads and ${label} revokes its access. Records already in ${label} stay there; the sync log stays here.`}
            confirmLabel="Disconnect"
            run={() => disconnectCrmAction({ provider })}
            onDone={() => router.refresh()}
          />
        </>
      ) : (
        <RoleNotice>
          {status.pushCompletedJobs
            ? `Every completed job's leads are sent to ${label}. `
            : "Completed jobs are not sent automatically. "}
          {provider === "salesforce" &&
            (status.objectMode === "lead"
              ? "People are sent as Salesforce Leads. "
              : "Companies are sent as Accounts, people as their Contacts. ")}
          Only admins change the connection.
        </RoleNotice>
      )}
    </div>
  );
}
