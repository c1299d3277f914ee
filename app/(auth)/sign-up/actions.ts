"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, safeNextPath, signUp } from "@/lib/auth";
import { failure, text, type AuthFormState } from "../form-state";

// Sign-up form → lib/auth, which validates again: the browser's check is only a courtesy.
export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { fullName: text(form, "fullName"), email: text(form, "email") };
  let signedIn: boolean;
  try {
    const result = await signUp(
      { ...values, password: text(form, "password") },
      { ip: clientIp(await headers()), next: safeNextPath(text(form, "next")) },
    );
    signedIn = result.session !== null;
  } catch (err) {
    return failure(err, values);
  }
  if (!signedIn) {
    return {
      ok: true,
      data: {
        notice:
          "Check your inbox: follow the link we sent to confirm your email and finish creating your account.",
      },
    };
  }
  redirect(safeNextPath(text(form, "next")));
}
