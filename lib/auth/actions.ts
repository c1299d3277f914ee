"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, safeNextPath, signIn, signUp } from "@/lib/auth";
import { failure, text, type AuthFormState } from "./form-state";

// Sign-in form → lib/auth. Takes FormData so the form also works before (or without) JavaScript;
// on success the browser goes to `next`, which is only ever a path on this site.
export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = text(form, "email");
  try {
    await signIn({ email, password: text(form, "password") }, { ip: clientIp(await headers()) });
  } catch (err) {
    return failure(err, { email });
  }
  redirect(safeNextPath(text(form, "next")));
}

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
