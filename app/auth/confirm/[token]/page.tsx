import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import { safeNextPath } from "@/lib/auth";
import { ConfirmSignUpForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

/**
 * The link from a confirmation email. Opening it changes nothing (a mail scanner's prefetch must
 * not confirm or sign anyone in); the button's POST confirms the address and signs in.
 */
export default async function ConfirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { token } = await params;
  const next = safeNextPath((await searchParams).next);
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <section
        aria-labelledby="confirm-heading"
        className="w-full max-w-md space-y-4 rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <span className="inline-flex size-10 items-center justify-center rounded-full bg-brand-50 dark:bg-zinc-800">
          <MailCheck aria-hidden className="size-5 text-brand-600" />
        </span>
        <h1 id="confirm-heading" className="text-xl font-semibold tracking-tight">
          Confirm your email
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          One click finishes creating your Leadscout account and signs you in.
        </p>
        <ConfirmSignUpForm token={token} next={next} />
      </section>
    </main>
  );
}
