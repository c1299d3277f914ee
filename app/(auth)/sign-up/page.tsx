import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ProviderButtons } from "@/components/auth/provider-buttons";
import { getSession, safeNextPath, signInProviders } from "@/lib/auth";
import { devMailboxEnabled, mailConfigured } from "@/lib/mail";
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
      <CardContent className="space-y-4">
        <ProviderButtons
          providers={signInProviders()}
          next={next}
          error={oauthErrorMessage(params.oauth_error)}
        />
        <SignUpForm next={next} />
        {!mailConfigured() && devMailboxEnabled() && (
          <p className="text-xs text-zinc-500">
            No email server is configured here: the confirmation link lands in the{" "}
            <Link className="underline" href="/dev/mail">
              development mailbox
            </Link>
            .
          </p>
        )}
      </CardContent>
    </Card>
  );
}
