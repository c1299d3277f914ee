import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false } };

/**
 * The link sent to a new address from Settings › Account. Opening it changes nothing (a mail
 * scanner's prefetch must not switch anyone's address); the button's POST does.
 */
export default async function EmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <section
        aria-labelledby="email-change-heading"
        className="w-full max-w-md space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <span className="inline-flex size-10 items-center justify-center rounded-full bg-brand-50 dark:bg-zinc-800">
          <MailCheck aria-hidden className="size-5 text-brand-600" />
        </span>
        <h1 id="email-change-heading" className="text-xl font-semibold tracking-tight">
          Confirm your new email
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your Leadscout account will sign in with this address from now on.
        </p>
        <ConfirmEmailChangeForm token={token} />
      </section>
    </main>
  );
}
