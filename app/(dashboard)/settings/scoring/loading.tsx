import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function ScoringLoading() {
  return <SettingsSkeleton label="Loading scoring rules" />;
}
