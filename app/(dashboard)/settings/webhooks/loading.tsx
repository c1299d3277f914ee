import { SettingsSkeleton } from "@/components/settings/settings-skeleton";

export default function WebhooksLoading() {
  return <SettingsSkeleton label="Loading webhooks" />;
}
