import type { Metadata } from "next";
import Link from "next/link";
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
  searchParams: Promise<{
    next?: string | string[];
    oauth_error?: string | string[];
    reset?: string | string[];
  }>;
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
      <CardContent className="space-y-4">
        {params.reset === "done" && (
          <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
            Password changed, and every session signed out. Sign in with your new password.
          </p>
        )}
        <ProviderButtons
          providers={signInProviders()}
          next={next}
          error={oauthErrorMessage(params.oauth_error)}
        />
        <SignInForm next={next} />
        <p className="text-center text-sm">
          <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
            Forgot password?
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
