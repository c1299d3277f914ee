"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionError } from "@/lib/actions/safe-action";
import { safeAction } from "@/lib/actions/safe-action";
import { acceptInvitation, ZInviteTokenSchema } from "@/lib/orgs";

export type AcceptInvitationState = { ok: false; error: ActionError } | null;

// A server action, so Next refuses a POST from another origin: a page elsewhere cannot make a
// signed-in visitor join an organization (the link alone, opened by a GET, never does).
const accept = safeAction(
  { name: "invite.accept", schema: z.object({ token: ZInviteTokenSchema }), org: false },
  async ({ token }, { session }) => (await acceptInvitation(session.claims, token)).id,
);

export async function acceptInvitationAction(
  _prev: AcceptInvitationState,
  form: FormData,
): Promise<AcceptInvitationState> {
  const result = await accept(form);
  if (!result.ok) return result;
  // The new organization is now the current one: every page's header and controls change.
  revalidatePath("/", "layout");
  redirect("/dashboard");
}
