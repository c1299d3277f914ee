"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import {
  leaveOrganization,
  renameOrganization,
  ZOrgIdSchema,
  ZRenameOrganizationSchema,
} from "@/lib/orgs";

export const renameOrgAction = safeAction(
  { name: "org.rename", schema: ZRenameOrganizationSchema, roles: ["admin"] },
  async (input, { session, org }) => {
    const renamed = await renameOrganization(session.claims, org.id, input);
    revalidatePath("/", "layout");
    return { name: renamed.name };
  },
);

export const leaveOrgAction = safeAction(
  { name: "org.leave", schema: z.object({ orgId: ZOrgIdSchema.optional() }) },
  async (_input, { session, org }) => {
    await leaveOrganization(session.claims, org.id);
    revalidatePath("/", "layout");
    redirect("/dashboard");
  },
);
