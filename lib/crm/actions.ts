"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { disconnectCrm, setPushCompletedJobs, startCrmConnect } from "./connection";
import { setSalesforceObjectMode } from "./object-mode";
import { requestPush } from "./request-push";
import { setFieldMapping } from "./set-field-mapping";
import { CRM_PROVIDERS, MAX_PUSH_LEADS } from "./schemas";

// Settings › Integrations (admins connect, disconnect, opt in to pushing completed jobs, choose
// Salesforce's objects) and the Leads page's "Send to HubSpot / Salesforce" (admins and members,
// like export). lib/crm checks the role again.
const ZProvider = z.object({
  orgId: z.string().optional(),
  provider: z.enum(CRM_PROVIDERS),
});

export const connectCrmAction = safeAction(
  { name: "crm.connect", schema: ZProvider, roles: ["admin"] },
  async ({ provider }, { session, org }) => startCrmConnect(session.claims, org.id, provider),
);

export const disconnectCrmAction = safeAction(
  { name: "crm.disconnect", schema: ZProvider, roles: ["admin"] },
  async ({ provider }, { session, org }) => {
    await disconnectCrm(session.claims, org.id, provider);
    revalidatePath("/settings/integrations");
    return { disconnected: true };
  },
);

export const setPushCompletedJobsAction = safeAction(
  {
    name: "crm.push-completed-jobs",
    schema: ZProvider.extend({ on: z.boolean() }),
    roles: ["admin"],
  },
  async ({ provider, on }, { session, org }) => {
    await setPushCompletedJobs(session.claims, org.id, provider, on);
    revalidatePath("/settings/integrations");
    return { on };
  },
);

export const pushLeadsToCrmAction = safeAction(
  {
    name: "crm.push-leads",
    schema: ZProvider.extend({
      ids: z.array(z.string()).min(1, "Select at least one lead").max(MAX_PUSH_LEADS),
    }),
    roles: ["admin", "member"],
  },
  async ({ provider, ids }, { session, org }) =>
    requestPush(session.claims, org.id, { lead_ids: ids, provider }, "bulk"),
);

export const setSalesforceObjectModeAction = safeAction(
  {
    name: "crm.salesforce-object-mode",
    schema: z.looseObject({ orgId: z.string().optional() }),
    roles: ["admin"],
  },
  async ({ orgId: _orgId, ...input }, { session, org }) => {
    const mode = await setSalesforceObjectMode(session.claims, org.id, input);
    revalidatePath("/settings/integrations");
    return { mode };
  },
);

export const saveFieldMappingAction = safeAction(
  {
    name: "crm.field-mapping",
    schema: z.looseObject({ orgId: z.string().optional(), provider: z.enum(CRM_PROVIDERS) }),
    roles: ["admin"],
  },
  async ({ orgId: _orgId, provider, ...input }, { session, org }) => {
    const mapping = await setFieldMapping(session.claims, org.id, provider, input);
    revalidatePath("/settings/integrations");
    return mapping;
  },
);
