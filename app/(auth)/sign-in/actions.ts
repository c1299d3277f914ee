"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath, signIn } from "@/lib/auth";
import { authActionFailure, type AuthActionResult } from "@/lib/auth/action-result";
import { clientIp } from "@/lib/auth/client-ip";

// Sign-in form → lib/auth; on success the browser goes to `next` (only ever a path on this site).
export async function signInAction(values: unknown, next: unknown): Promise<AuthActionResult> {
  try {
    const ip = clientIp(await headers());
    await signIn(values as { email: string; password: string }, { ip });
  } catch (err) {
    return authActionFailure(err);
  }
  redirect(safeNextPath(next));
}
