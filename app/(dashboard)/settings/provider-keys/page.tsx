import type { Metadata } from "next";
import { RoleNotice, SettingsCard } from "@/components/settings/settings-card";
import { ProviderKeyRow } from "@/components/settings/provider-keys/provider-key-row";
import {
  KEY_PROVIDERS,
  PROVIDER_LABELS,
  listProviderKeys,
  providersWithOwnKey,
} from "@/lib/provider-keys";
import { ownEnrichKeysRule } from "@/lib/jobs";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Provider keys" };

export default async function ProviderKeysPage() {
  const { session, current } = await loadDashboardContext();
  if (!current) return null;
  if (current.role !== "admin") {
    // Members and viewers learn which providers run on the team's own key, never its hint.
    const own = await providersWithOwnKey(session.claims, current.id);
    return (
      <div className="space-y-4">
        <RoleNotice>Provider keys are managed by the admins of {current.name}.</RoleNotice>
        <ul className="space-y-1 text-sm" aria-label="Providers">
          {KEY_PROVIDERS.map((p) => (
            <li key={p}>
              {PROVIDER_LABELS[p]}:{" "}
              {own.includes(p) ? "the organization's own key" : "the platform's key"}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const keys = await listProviderKeys(session.claims, current.id);
  return (
    <SettingsCard
      id="provider-keys"
      title="Provider keys"
      description={`Use your own provider accounts: jobs created while a key is saved call that provider on your key. Claude scoring on your Anthropic key costs no credits. ${ownEnrichKeysRule()} A saved key is encrypted and never shown again, only its last four characters.`}
    >
      <div className="space-y-4">
        {KEY_PROVIDERS.map((p) => (
          <ProviderKeyRow
            key={p}
            orgId={current.id}
            provider={p}
            view={keys.find((k) => k.provider === p)}
          />
        ))}
      </div>
    </SettingsCard>
  );
}
