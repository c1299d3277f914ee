import { LinkIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/orgs";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

/**
 * The link from an invitation. Signed out: sign up (or sign in) first and come back here.
 * Signed in: join the organization and land on its dashboard. Anything wrong with the link —
 * expired, revoked, used, meant for another email — gets one clear page, never an error.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await getSession();
  if (!session) {
    redirect(`/sign-up?next=${encodeURIComponent(`/invite/${encodeURIComponent(token)}`)}`);
  }
  let joined = false;
  try {
    await acceptInvitation(session.claims, token);
    joined = true;
  } catch (err) {
    if (!(err instanceof AppError && err.code === "not_found")) throw err;
  }
  if (joined) redirect("/dashboard");

  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <section
        aria-labelledby="invite-heading"
        className="w-full max-w-md space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
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
            <button
              type="submit"
              className="inline-flex h-10 items-center rounded-md border border-zinc-300 px-4 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              Sign in as someone else
            </button>
          </form>
        </div>
      </section>
    </main>
  );
}
