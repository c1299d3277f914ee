import type { DevMessage } from "@/lib/mail";
import { LinkifiedText } from "./linkified-text";

export function MailList({ messages }: { messages: DevMessage[] }) {
  if (!messages.length) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        No messages yet. Sign up, ask for a password reset or invite someone: what would have been
        emailed shows up here.
      </p>
    );
  }
  return (
    <ol className="space-y-4">
      {messages.map((m) => (
        <li key={m.id}>
          <article
            aria-label={m.subject}
            className="space-y-3 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <header className="space-y-1">
              <h2 className="text-base font-semibold">{m.subject}</h2>
              <p className="text-xs text-zinc-500">
                To <span className="font-medium text-zinc-700 dark:text-zinc-300">{m.to}</span> ·{" "}
                <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toUTCString()}</time> ·{" "}
                {m.template}
              </p>
            </header>
            <LinkifiedText text={m.text} />
          </article>
        </li>
      ))}
    </ol>
  );
}
