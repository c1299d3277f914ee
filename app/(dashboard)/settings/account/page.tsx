import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { SessionsList } from "@/components/account/sessions-list";
import { DeleteAccountSection } from "@/components/settings/danger-zone/delete-account-section";
import { SettingsCard } from "@/components/settings/settings-card";
import { isEmailVerified, listSessions } from "@/lib/auth";
import {
  changeEmailAction,
  changePasswordAction,
  resendVerificationAction,
  revokeSessionAction,
  signOutOthersAction,
  updateNameAction,
} from "@/lib/auth/account-actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { loadDashboardContext } from "../../request-context";

export const metadata: Metadata = { title: "Account settings" };

/**
 * Settings › Account: the person, not the organization — name, email, password, sessions, and
 * deleting the account (also at /account/delete for someone left with no organization).
 */
export default async function AccountSettingsPage() {
  const { session } = await loadDashboardContext();
  const [verified, sessions] = await Promise.all([
    isEmailVerified(session.user.id),
    listSessions(),
  ]);
  const meta = (session.claims.user_metadata ?? {}) as { full_name?: unknown };
  const fullName = typeof meta.full_name === "string" ? meta.full_name : "";
  return (
    <div className="space-y-6">
      {!verified && (
        <SettingsCard
          id="verify"
          title="Verify your email"
          description={`Until you follow the link we sent to ${session.user.email}, you can look around but cannot join organizations, create API keys or receive your starting credits.`}
        >
          <AccountForm
            action={resendVerificationAction}
            fields={[]}
            submit="Send a new link"
            pendingLabel="Sending…"
            variant="secondary"
          />
        </SettingsCard>
      )}
      <SettingsCard id="profile" title="Profile" description="How teammates see you.">
        <AccountForm
          action={updateNameAction}
          fields={[
            { name: "fullName", label: "Full name", autoComplete: "name", defaultValue: fullName },
          ]}
          submit="Save name"
          pendingLabel="Saving…"
        />
      </SettingsCard>
      <SettingsCard
        id="email"
        title="Email"
        description={`You sign in with ${session.user.email}. A new address takes effect once you follow the link we send to it.`}
      >
        <AccountForm
          action={changeEmailAction}
          fields={[
            { name: "email", label: "New email", type: "email", autoComplete: "email" },
            {
              name: "currentPassword",
              label: "Current password",
              type: "password",
              autoComplete: "current-password",
            },
          ]}
          submit="Change email"
          pendingLabel="Sending link…"
        />
      </SettingsCard>
      <SettingsCard
        id="password"
        title="Password"
        description="Changing it signs you out everywhere else."
      >
        <AccountForm
          action={changePasswordAction}
          fields={[
            {
              name: "currentPassword",
              label: "Current password",
              type: "password",
              autoComplete: "current-password",
            },
            {
              name: "newPassword",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${PASSWORD_MIN} characters.`,
            },
          ]}
          submit="Change password"
          pendingLabel="Saving…"
        />
      </SettingsCard>
      <SettingsCard
        id="sessions"
        title="Sessions"
        description="Where your account is signed in. Sign out a browser you do not recognise, or all but this one."
      >
        <SessionsList
          sessions={sessions}
          revoke={revokeSessionAction}
          signOutOthers={signOutOthersAction}
        />
      </SettingsCard>
      <DeleteAccountSection email={session.user.email} />
    </div>
  );
}
