"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, safeNextPath, signIn } from "@/lib/auth";
import { failure, text, type AuthFormState } from "../form-state";

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
