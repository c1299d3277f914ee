import { PageHeader } from "@/components/dashboard/page-header";
import { SettingsTabs } from "@/components/dashboard/settings-tabs";
import { loadDashboardContext } from "../request-context";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  // Loaded once per request (React cache), shared with the page below.
  const { current } = await loadDashboardContext();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Settings"
        description="Your organization, its people, integrations, scoring and credits."
      />
      <SettingsTabs isAdmin={current?.role === "admin"} />
      {children}
    </div>
  );
}
