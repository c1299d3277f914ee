import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function ApiKeysLoading() {
  return <SettingsSkeleton label="Loading API keys" />;
}
