"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/actions/safe-action";
import { nextCookieJar } from "@/lib/auth";
import { deleteAccount } from "./delete-account";
import { deleteOrganization } from "./delete-organization";
import { ZDeleteAccountSchema, ZDeleteOrganizationSchema } from "./schemas";

export const deleteOrgAction = safeAction(
  { name: "org.delete", schema: ZDeleteOrganizationSchema, roles: ["admin"] },
  async (input, { session, org }) => {
    await deleteOrganization(session.claims, org.id, input);
    revalidatePath("/", "layout");
    redirect("/dashboard");
  },
);

export const deleteAccountAction = safeAction(
  { name: "account.delete", schema: ZDeleteAccountSchema, org: false },
  async (input, { session }) => {
    await deleteAccount(session.claims, input, await nextCookieJar());
    redirect("/sign-in");
  },
);
