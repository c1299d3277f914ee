import type { Metadata } from "next";
import Link from "next/link";
import { LeaveOrgButton } from "@/components/orgs/leave-org-button";
import { RenameOrgForm } from "@/components/orgs/rename-org-form";
import { DeleteOrganizationForm } from "@/components/settings/danger-zone/delete-organization-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Organization settings" };

export default async function OrganizationSettingsPage() {
  const { current } = await loadDashboardContext();
  if (!current) return null;
  const isAdmin = current.role === "admin";

  return (
    <div className="space-y-6">
      <Card aria-labelledby="general-heading">
        <CardHeader>
          <h2 id="general-heading" className="text-base font-semibold">
            General
          </h2>
          <CardDescription>
            {isAdmin
              ? "The name your team sees across Leadscout."
              : "Only admins can change organization settings."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {isAdmin ? (
            <RenameOrgForm orgId={current.id} name={current.name} />
          ) : (
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-zinc-500">Organization name</dt>
                <dd className="mt-1 font-medium">{current.name}</dd>
              </div>
              <div>
                <dt className="text-zinc-500">URL slug</dt>
                <dd className="mt-1 font-mono">{current.slug}</dd>
              </div>
            </dl>
          )}
          {isAdmin && (
            <p className="mt-4 text-sm text-zinc-500">
              URL slug:{" "}
              <span className="font-mono text-zinc-700 dark:text-zinc-300">{current.slug}</span>
            </p>
          )}
        </CardContent>
      </Card>

      <Card aria-labelledby="leave-heading" className="border-red-200 dark:border-red-900/60">
        <CardHeader>
          <h2 id="leave-heading" className="text-base font-semibold">
            Leave {current.name}
          </h2>
          <CardDescription>
            You lose access to its jobs and leads until someone invites you again. The last admin
            cannot leave; make someone else an admin first.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <LeaveOrgButton orgId={current.id} orgName={current.name} />
        </CardContent>
      </Card>

      {isAdmin && (
        <Card aria-labelledby="danger-heading" className="border-red-200 dark:border-red-900/60">
          <CardHeader>
            <h2 id="danger-heading" className="text-base font-semibold">
              Danger zone: delete {current.name}
            </h2>
            <CardDescription>Admins only. Deleting an organization is permanent.</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteOrganizationForm orgId={current.id} name={current.name} slug={current.slug} />
          </CardContent>
        </Card>
      )}

      <p className="text-sm text-zinc-500">
        Want to delete your own account instead?{" "}
        <Link href="/settings/account" className="text-brand-600 underline">
          Delete your account
        </Link>
      </p>
    </div>
  );
}
