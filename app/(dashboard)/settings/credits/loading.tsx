import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function CreditsLoading() {
  return <SettingsSkeleton label="Loading credits and usage" cards={3} />;
}
