import { Badge } from "@/components/ui/badge";
import {
  PROVIDER_LABELS,
  type KeyProvider,
  type ProviderKeyView,
} from "@/lib/provider-keys/schemas";
import { CheckKeyButton } from "./check-key-button";
import { RemoveKeyButton } from "./remove-key-button";
import { SaveKeyForm } from "./save-key-form";

function CheckBadge({ view }: { view: ProviderKeyView }) {
  if (view.lastCheckOk === null) return <Badge>Not checked</Badge>;
  return view.lastCheckOk ? (
    <Badge tone="green">Accepted</Badge>
  ) : (
    <Badge tone="red">Refused</Badge>
  );
}

/** One provider: its stored key's hint and last check, or the form to add one. */
export function ProviderKeyRow({
  orgId,
  provider,
  view,
}: {
  orgId: string;
  provider: KeyProvider;
  view: ProviderKeyView | undefined;
}) {
  return (
    <section
      aria-label={PROVIDER_LABELS[provider]}
      className="space-y-3 border-b border-zinc-200 pb-4 last:border-0 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium">{PROVIDER_LABELS[provider]}</h3>
        {view ? (
          <>
            <span className="font-mono text-sm" data-testid={`${provider}-hint`}>
              {view.hint}
            </span>
            <CheckBadge view={view} />
          </>
        ) : (
          <Badge>Platform key</Badge>
        )}
      </div>
      {view?.lastCheckMessage && view.lastCheckedAt && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Last check {new Date(view.lastCheckedAt).toUTCString()}: {view.lastCheckMessage}
        </p>
      )}
      {view && (
        <div className="flex flex-wrap items-center gap-2">
          <CheckKeyButton orgId={orgId} provider={provider} />
          <RemoveKeyButton orgId={orgId} provider={provider} />
        </div>
      )}
      <SaveKeyForm orgId={orgId} provider={provider} replacing={Boolean(view)} />
    </section>
  );
}
