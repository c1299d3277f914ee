import type { Metadata } from "next";
import { PageHeader } from "@/components/dashboard/page-header";
import { CreateOrgForm } from "@/components/orgs/create-org-form";
import { Card, CardContent } from "@/components/ui/card";

export const metadata: Metadata = { title: "New organization" };

export default function NewOrganizationPage() {
  return (
    <div className="space-y-6">
      <PageHeader
        title="New organization"
        description="A separate workspace with its own team, leads and credits. You will be its admin."
      />
      <Card className="max-w-xl">
        <CardContent>
          <CreateOrgForm />
        </CardContent>
      </Card>
    </div>
  );
}
