import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function ProviderKeysLoading() {
  return <SettingsSkeleton label="Loading provider keys" />;
}
