import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailList } from "@/components/dev-mail/mail-list";
import { devMailboxEnabled, listDevMail } from "@/lib/mail";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

/**
 * What this installation would have emailed, for a machine without SMTP_URL: every verification,
 * reset and invitation link can be followed from here. A 404 in production (lib/mail/dev-mailbox).
 */
export default async function DevMailPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string | string[] }>;
}) {
  if (!devMailboxEnabled()) notFound();
  const raw = (await searchParams).to;
  const to = typeof raw === "string" && raw.trim() ? raw.trim().slice(0, 320) : undefined;
  const messages = await listDevMail({ to });
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Development mailbox</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No SMTP server is configured (<code>SMTP_URL</code>), so messages are kept here and their
          links written to the server log. The newest {messages.length === 50 ? "50 are" : "are"}{" "}
          shown{to ? ` for ${to}` : ""}.
        </p>
        <form className="flex flex-wrap items-end gap-2" action="/dev/mail">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Recipient
            <input
              name="to"
              type="email"
              defaultValue={to}
              className="h-9 rounded-md border border-zinc-300 px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <button
            type="submit"
            className="h-9 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            Filter
          </button>
          {to && (
            <Link href="/dev/mail" className="h-9 px-2 text-sm leading-9 underline">
              All messages
            </Link>
          )}
        </form>
      </header>
      <MailList messages={messages} />
    </main>
  );
}
