"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { ZChangeEmailSchema, ZChangePasswordSchema, ZProfileNameSchema } from "./account-schemas";
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  revokeSession,
  signOutOthers,
  updateAccountName,
} from "./account";
import { clientIp } from "./client-ip";

// Password reset (signed out) and Settings › Account (signed in). Each action hands the form what
// the sign-in forms get: a notice, or every field error; a success that changes pages redirects.

export type AccountFormState =
  (ActionResult<{ notice?: string }> & { values?: Record<string, string> }) | null;

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

function failure(err: unknown, values: Record<string, string> = {}): AccountFormState {
  const { code, message, fields } = toAppError(err);
  if (code === "internal") log.error("auth.account_action_failed", { err });
  return { ok: false, error: { code, message, fields }, values };
}

const FORGOT_NOTICE =
  "If an account uses that address, we sent it a link to choose a new password. It works for 30 minutes.";

export async function forgotPasswordAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  const email = text(form, "email");
  try {
    await requestPasswordReset({ email }, { ip: clientIp(await headers()) });
  } catch (err) {
    return failure(err, { email });
  }
  return { ok: true, data: { notice: FORGOT_NOTICE } };
}

export async function resetPasswordAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  try {
    await resetPassword({ token: text(form, "token"), password: text(form, "password") });
  } catch (err) {
    return failure(err);
  }
  redirect("/sign-in?reset=done");
}

/** The button on an email-change link's page (opening the link changes nothing). */
export async function confirmEmailChangeAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  let email: string;
  try {
    ({ email } = await confirmEmailChange(text(form, "token")));
  } catch (err) {
    return failure(err);
  }
  return { ok: true, data: { notice: `Your account now uses ${email}.` } };
}

export const changePasswordAction = safeAction(
  { name: "account.password", schema: ZChangePasswordSchema, org: false },
  async (input) => {
    await changePassword(input);
    revalidatePath("/settings/account");
    return { notice: "Password changed. Every other session was signed out." };
  },
);

export const changeEmailAction = safeAction(
  { name: "account.email", schema: ZChangeEmailSchema, org: false },
  async (input) => {
    await requestEmailChange(input);
    return {
      notice: `Check ${input.email}: your email changes once you follow the link we sent there.`,
    };
  },
);

export const updateNameAction = safeAction(
  { name: "account.name", schema: ZProfileNameSchema, org: false },
  async (input, { session }) => {
    await updateAccountName(session.user.id, input.fullName);
    revalidatePath("/", "layout");
    return { notice: "Name saved." };
  },
);

export const revokeSessionAction = safeAction(
  {
    name: "account.revoke_session",
    schema: z.object({ sessionId: z.string().max(100) }),
    org: false,
  },
  async (input) => {
    await revokeSession(input.sessionId);
    revalidatePath("/settings/account");
    return { notice: "Session signed out." };
  },
);

export const signOutOthersAction = safeAction(
  { name: "account.sign_out_others", schema: z.object({}), org: false },
  async () => {
    await signOutOthers();
    revalidatePath("/settings/account");
    return { notice: "Signed out everywhere else." };
  },
);

export const resendVerificationAction = safeAction(
  { name: "account.resend_verification", schema: z.object({}), org: false },
  async () => {
    await resendVerification();
    return { notice: "We sent you a new link. The earlier one no longer works." };
  },
);
