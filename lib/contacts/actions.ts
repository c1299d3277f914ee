"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { deleteContacts } from "./delete-contacts";
import { ZDeleteContactsSchema } from "./schemas";

export const deleteContactsAction = safeAction(
  { name: "contacts.delete", schema: ZDeleteContactsSchema, roles: ["admin", "member"] },
  async (input, { session, org }) => {
    const result = await deleteContacts(session.claims, org.id, input);
    revalidatePath("/contacts");
    return result;
  },
);
