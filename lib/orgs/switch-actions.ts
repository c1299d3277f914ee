"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import {
  createOrganization,
  switchOrganization,
  ZCreateOrganizationSchema,
  ZSwitchOrganizationSchema,
} from "@/lib/orgs";

// Organization-level actions reachable from anywhere in the dashboard (the switcher, onboarding).

export const switchOrgAction = safeAction(
  { name: "org.switch", schema: ZSwitchOrganizationSchema, org: false },
  async (input, { session }) => {
    const org = await switchOrganization(session.claims, input);
    revalidatePath("/", "layout");
    return { id: org.id, name: org.name };
  },
);

export const createOrgAction = safeAction(
  { name: "org.create", schema: ZCreateOrganizationSchema, org: false },
  async (input, { session }) => {
    await createOrganization(session.claims, input);
    revalidatePath("/", "layout");
    redirect("/dashboard");
  },
);
