import Link from "next/link";
import { Building2 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CreateOrgForm } from "./create-org-form";

/** What someone in no organization at all sees: a way to start one. */
export function NoOrganization() {
  return (
    <div className="mx-auto max-w-md py-16">
      <Card>
        <CardHeader>
          <Building2 aria-hidden className="mb-2 size-6 text-brand-600" />
          <CardTitle>Create an organization</CardTitle>
          <CardDescription>
            You are not a member of any organization. Create one to start finding leads, or ask an
            admin of an existing one for an invitation link.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateOrgForm />
          <p className="mt-6 text-sm text-zinc-500">
            Leaving Leadscout?{" "}
            <Link href="/account/delete" className="text-brand-600 underline">
              Delete your account
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
