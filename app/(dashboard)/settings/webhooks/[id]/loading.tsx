import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function WebhookLoading() {
  return <SettingsSkeleton label="Loading webhook endpoint" cards={2} />;
}
