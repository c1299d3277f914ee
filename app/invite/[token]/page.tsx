import { LinkIcon, UsersIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { getInvitation } from "@/lib/orgs";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

const CARD =
  "w-full max-w-md space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900";
const SECONDARY =
  "inline-flex h-10 items-center rounded-md border border-zinc-300 px-4 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800";

/**
 * The link from an invitation. Signed out: sign up (or sign in) first and come back here. Signed
 * in: a confirmation naming the organization and who invited you; joining is the button's POST.
 * Opening the link changes nothing, so a prefetching mail scanner or a link embedded elsewhere
 * cannot add anyone to an organization. Anything wrong with the link — expired, revoked, used,
 * meant for another email — gets one clear page, never an error.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getSession();
  if (!session) {
    redirect(`/sign-up?next=${encodeURIComponent(`/invite/${encodeURIComponent(token)}`)}`);
  }
  const invitation = await getInvitation(session.claims, token);

  if (invitation) {
    const inviter = invitation.inviter.name
      ? `${invitation.inviter.name} (${invitation.inviter.email})`
      : (invitation.inviter.email ?? "An admin");
    return (
      <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
        <section aria-labelledby="invite-heading" className={CARD}>
          <span className="inline-flex size-10 items-center justify-center rounded-full bg-brand-50 dark:bg-zinc-800">
            <UsersIcon aria-hidden className="size-5 text-brand-600" />
          </span>
          <h1 id="invite-heading" className="text-xl font-semibold tracking-tight">
            Join {invitation.orgName}?
          </h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <strong>{inviter}</strong> invited you to join <strong>{invitation.orgName}</strong> on
            Leadscout as {invitation.role === "admin" ? "an" : "a"}{" "}
            <strong>{invitation.role}</strong>. You are signed in as{" "}
            <strong>{session.user.email}</strong>.
          </p>
          <p className="text-xs text-zinc-500">
            If you did not expect this invitation, ignore it: nothing changes until you join. The
            link expires on {invitation.expiresAt.toUTCString()}.
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <AcceptInvitationForm token={token} orgName={invitation.orgName} />
            <Link href="/dashboard" className={SECONDARY}>
              Not now
            </Link>
          </div>
        </section>
      </main>
    );
  }

  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <section aria-labelledby="invite-heading" className={CARD}>
        <span className="inline-flex size-10 items-center justify-center rounded-full bg-amber-50 dark:bg-amber-950">
          <LinkIcon aria-hidden className="size-5 text-amber-600" />
        </span>
        <h1 id="invite-heading" className="text-xl font-semibold tracking-tight">
          This invitation can’t be used
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The link is invalid, has expired, was revoked or already used, or was sent to a different
          email address. You are signed in as <strong>{session.user.email}</strong>. Ask an admin of
          the organization for a new invitation.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link
            href="/dashboard"
            className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            Go to your dashboard
          </Link>
          <form action="/auth/sign-out" method="post">
            <button type="submit" className={SECONDARY}>
              Sign in as someone else
            </button>
          </form>
        </div>
      </section>
    </main>
  );
}
