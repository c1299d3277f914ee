import type { AccountSession } from "@/lib/auth/types";
import type { ActionResult } from "@/lib/actions/result";
import { AccountForm } from "./account-form";
import { describeDevice } from "./describe-device";

type Action = (input: FormData) => Promise<ActionResult<{ notice?: string }>>;

/** The account's signed-in browsers, newest first, each with its own sign-out. */
export function SessionsList({
  sessions,
  revoke,
  signOutOthers,
}: {
  sessions: AccountSession[];
  revoke: Action;
  signOutOthers: Action;
}) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="space-y-0.5 text-sm">
              <p className="font-medium">
                {describeDevice(s.userAgent)}
                {s.current && (
                  <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">
                    This browser
                  </span>
                )}
              </p>
              <p className="text-xs text-zinc-500">
                {s.ip ?? "Address unknown"} · signed in{" "}
                <time dateTime={s.startedAt.toISOString()}>{s.startedAt.toUTCString()}</time> · last
                active{" "}
                <time dateTime={s.lastUsedAt.toISOString()}>{s.lastUsedAt.toUTCString()}</time>
              </p>
            </div>
            {!s.current && (
              <AccountForm
                action={revoke}
                hidden={{ sessionId: s.id }}
                fields={[]}
                submit="Sign out"
                pendingLabel="Signing out…"
                variant="secondary"
              />
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <AccountForm
          action={signOutOthers}
          fields={[]}
          submit="Sign out everywhere else"
          pendingLabel="Signing out…"
          variant="danger"
        />
      ) : (
        <p className="text-sm text-zinc-500">This is your only signed-in session.</p>
      )}
    </div>
  );
}
