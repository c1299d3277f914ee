"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { createForm, deleteForm, updateForm } from "./forms";

// Admins manage forms (RLS and lib/inbound check it too). lib/inbound validates the bodies with
// ZCreateFormSchema / ZUpdateFormSchema, so one answer lists every field problem; these schemas
// only take the organization id off.
const ZBody = z.looseObject({ orgId: z.string().optional() });
const refresh = () => revalidatePath("/settings/forms");

export const createFormAction = safeAction(
  { name: "inbound_forms.create", schema: ZBody, roles: ["admin"] },
  async ({ orgId: _orgId, ...body }, { session, org }) => {
    const form = await createForm(session.claims, org.id, body);
    refresh();
    return { id: form.id, slug: form.slug };
  },
);

export const updateFormAction = safeAction(
  { name: "inbound_forms.update", schema: ZBody, roles: ["admin"] },
  async ({ orgId: _orgId, ...body }, { session, org }) => {
    const form = await updateForm(session.claims, org.id, body);
    refresh();
    return { id: form.id, enabled: form.enabled };
  },
);

export const deleteFormAction = safeAction(
  { name: "inbound_forms.delete", schema: ZBody, roles: ["admin"] },
  async ({ orgId: _orgId, ...body }, { session, org }) => {
    const done = await deleteForm(session.claims, org.id, body);
    refresh();
    return done;
  },
);
