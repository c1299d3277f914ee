import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { passwordResetUsable } from "@/lib/auth";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

/**
 * The link from a reset email. Opening it spends nothing (a mail scanner's prefetch must not use
 * it up); the form's POST sets the password and signs the account out everywhere.
 */
export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const usable = await passwordResetUsable(token);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{usable ? "Choose a new password" : "This link no longer works"}</CardTitle>
        <CardDescription>
          {usable
            ? "Every session of your account is signed out once it is set, this one included."
            : "Reset links work once, for 30 minutes, and only the newest one sent works."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
            Send a new link
          </Link>
        )}
      </CardContent>
    </Card>
  );
}
