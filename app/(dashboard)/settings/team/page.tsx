import type { Metadata } from "next";
import { InviteForm } from "@/components/team/invite-form";
import { MemberList } from "@/components/team/member-list";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { listInvitations, listMembers } from "@/lib/orgs";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  const isAdmin = current.role === "admin";
  const [members, invitations] = await Promise.all([
    listMembers(session.claims, current.id),
    isAdmin ? listInvitations(session.claims, current.id) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-6">
      {isAdmin ? (
        <Card aria-labelledby="invite-heading">
          <CardHeader>
            <h2 id="invite-heading" className="text-base font-semibold">
              Invite a teammate
            </h2>
            <CardDescription>
              Invitation links work once and expire after 7 days. The invitee signs up or signs in
              with the invited email address.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <InviteForm orgId={current.id} />
          </CardContent>
        </Card>
      ) : (
        <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          You are {current.role === "member" ? "a member" : "a viewer"} of {current.name}. Only
          admins can invite people or change roles.
        </p>
      )}

      <Card aria-labelledby="members-heading">
        <CardHeader>
          <h2 id="members-heading" className="text-base font-semibold">
            Members <span className="font-normal text-zinc-500">({members.length})</span>
          </h2>
        </CardHeader>
        <CardContent>
          <MemberList
            orgId={current.id}
            members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
            currentUserId={session.user.id}
            canManage={isAdmin}
          />
        </CardContent>
      </Card>

      {isAdmin && (
        <Card aria-labelledby="invitations-heading">
          <CardHeader>
            <h2 id="invitations-heading" className="text-base font-semibold">
              Pending invitations
            </h2>
          </CardHeader>
          <CardContent>
            <PendingInvitations
              orgId={current.id}
              invitations={invitations.map((i) => ({
                id: i.id,
                email: i.email,
                role: i.role,
                expired: i.expired,
                expiresAt: i.expiresAt.toISOString(),
              }))}
            />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
