"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import {
  changeRole,
  inviteMember,
  removeMember,
  revokeInvitation,
  ZChangeRoleSchema,
  ZInviteMemberSchema,
  ZRemoveMemberSchema,
  ZRevokeInvitationSchema,
} from "@/lib/orgs";

const ADMIN = ["admin"] as const;

export const inviteMemberAction = safeAction(
  { name: "team.invite", schema: ZInviteMemberSchema, roles: ADMIN },
  async (input, { session, org }) => {
    const result = await inviteMember(session.claims, org.id, input);
    revalidatePath("/settings/team");
    return result.delivery === "link"
      ? { email: result.invitation.email, delivery: "link" as const, link: result.link }
      : { email: result.invitation.email, delivery: "email" as const };
  },
);

export const revokeInvitationAction = safeAction(
  { name: "team.revoke-invitation", schema: ZRevokeInvitationSchema, roles: ADMIN },
  async (input, { session, org }) => {
    await revokeInvitation(session.claims, org.id, input);
    revalidatePath("/settings/team");
    return null;
  },
);

export const changeRoleAction = safeAction(
  { name: "team.change-role", schema: ZChangeRoleSchema, roles: ADMIN },
  async (input, { session, org }) => {
    const member = await changeRole(session.claims, org.id, input);
    // The caller may have changed their own role: every page's controls depend on it.
    revalidatePath("/", "layout");
    return { userId: member.userId, role: member.role };
  },
);

export const removeMemberAction = safeAction(
  { name: "team.remove", schema: ZRemoveMemberSchema, roles: ADMIN },
  async (input, { session, org }) => {
    await removeMember(session.claims, org.id, input);
    revalidatePath("/", "layout");
    return null;
  },
);
