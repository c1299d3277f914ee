"use server";

import { redirect } from "next/navigation";
import { confirmSignUp, safeNextPath } from "@/lib/auth";
import { toAppError } from "@/lib/errors";
import type { ActionError } from "@/lib/actions/safe-action";

export type ConfirmSignUpState = { ok: false; error: ActionError } | null;

// A server action, so Next refuses a POST from another origin: no other site can confirm an
// account it created into a visitor's browser (which would sign them in as the attacker).
export async function confirmSignUpAction(
  _prev: ConfirmSignUpState,
  form: FormData,
): Promise<ConfirmSignUpState> {
  const token = form.get("token");
  try {
    await confirmSignUp(typeof token === "string" ? token : "");
  } catch (err) {
    const { code, message } = toAppError(err);
    return { ok: false, error: { code, message } };
  }
  redirect(safeNextPath(form.get("next")));
}
