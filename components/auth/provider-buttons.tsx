import { Alert } from "@/components/ui/alert";
import { OAUTH_PROVIDER_LABELS, type OAuthProvider } from "@/lib/auth/oauth/schemas";

/**
 * "Continue with Google / GitHub": plain links to /auth/oauth/:provider, so they work before any
 * script loads. Rendered only for providers whose keys are configured; nothing at all otherwise.
 */
export function ProviderButtons({
  providers,
  next,
  error,
}: {
  providers: OAuthProvider[];
  next: string;
  /** The message for a failed provider sign-in (from a fixed list, never from the URL). */
  error?: string | null;
}) {
  if (providers.length === 0 && !error) return null;
  return (
    <div className="mb-6 space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {providers.map((p) => (
        <a
          key={p}
          href={`/auth/oauth/${p}?next=${encodeURIComponent(next)}`}
          className="flex h-10 w-full items-center justify-center rounded-md border border-zinc-300 bg-white text-sm font-medium text-zinc-900 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
        >
          Continue with {OAUTH_PROVIDER_LABELS[p]}
        </a>
      ))}
      {providers.length > 0 && (
        <div className="flex items-center gap-3 text-xs text-zinc-500">
          <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
          or with email
          <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        </div>
      )}
    </div>
  );
}
