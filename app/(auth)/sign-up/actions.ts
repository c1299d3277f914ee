"use server";

import { redirect } from "next/navigation";
import { safeNextPath, signUp } from "@/lib/auth";
import { authActionFailure, type AuthActionResult } from "@/lib/auth/action-result";

// Sign-up form → lib/auth (which validates again: the browser's check is only a courtesy).
export async function signUpAction(values: unknown, next: unknown): Promise<AuthActionResult> {
  let signedIn: boolean;
  try {
    const result = await signUp(values as { email: string; password: string; fullName?: string });
    signedIn = result.session !== null;
  } catch (err) {
    return authActionFailure(err);
  }
  if (!signedIn)
    return {
      ok: true,
      message: "Check your inbox: follow the link we sent to confirm your email, then sign in.",
    };
  redirect(safeNextPath(next));
}
