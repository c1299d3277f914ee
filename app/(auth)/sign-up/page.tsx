import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { getSession, safeNextPath, signInProviders } from "@/lib/auth";
import { oauthErrorMessage } from "@/lib/auth/oauth/callback-errors";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[]; oauth_error?: string | string[] }>;
}) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSession()) redirect(next);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Create your account</CardTitle>
        <CardDescription>You get your own organization with free starting credits.</CardDescription>
      </CardHeader>
      <CardContent>
        <ProviderButtons
          providers={signInProviders()}
          next={next}
          error={oauthErrorMessage(params.oauth_error)}
        />
        <SignUpForm next={next} />
      </CardContent>
    </Card>
  );
}
