import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { getSession, safeNextPath, signInProviders } from "@/lib/auth";
import { oauthErrorMessage } from "@/lib/auth/oauth/callback-errors";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
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
        <CardTitle>Sign in</CardTitle>
        <CardDescription>Welcome back. Sign in to see your leads and jobs.</CardDescription>
      </CardHeader>
      <CardContent>
        <ProviderButtons
          providers={signInProviders()}
          next={next}
          error={oauthErrorMessage(params.oauth_error)}
        />
        <SignInForm next={next} />
      </CardContent>
    </Card>
  );
}
