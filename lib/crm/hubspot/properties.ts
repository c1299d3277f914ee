import type { Client } from "@hubspot/api-client";
import {
  PropertyCreateFieldTypeEnum as FieldType,
  PropertyCreateTypeEnum as PropertyType,
  type PropertyCreate,
} from "@hubspot/api-client/lib/codegen/crm/properties";
import { log } from "@leadscout/log";
import type { ResolvedMapping } from "../field-mapping";
import { hubspotMessage, isHubSpotError } from "./client";

// The custom HubSpot properties the default field mapping writes to (`leadscout_*`). A portal
// does not have them, and HubSpot refuses a whole batch that carries a property it does not know
// (PROPERTY_DOESNT_EXIST), so before each push the ones the mapping uses are read and the missing
// ones created, in a "Leadscout" property group, through the properties API (crm.schemas.*
// scopes). Idempotent: a group or property that already exists (409, or a 207 naming it) is fine,
// and a portal that has them all costs one read per object type. Properties an admin maps to
// their own names are theirs to create; only these definitions are ever created.

export const LEADSCOUT_GROUP = { name: "leadscout", label: "Leadscout", displayOrder: -1 };

type Definition = Omit<PropertyCreate, "groupName">;

const text = (name: string, label: string, description: string): Definition => ({
  name,
  label,
  description,
  type: PropertyType.String,
  fieldType: FieldType.Text,
});

export const LEADSCOUT_PROPERTIES: { companies: Definition[]; contacts: Definition[] } = {
  companies: [
    {
      name: "leadscout_score",
      label: "Leadscout score",
      description: "How well the company fits, 0-100, as Leadscout scored it",
      type: PropertyType.Number,
      fieldType: FieldType.Number,
    },
    text("leadscout_status", "Leadscout status", "hot, warm or cold, from the score"),
    text("leadscout_stage", "Leadscout stage", "The lead's pipeline stage in Leadscout"),
    text("leadscout_source_url", "Leadscout source URL", "The page Leadscout found the lead on"),
    text("leadscout_url", "Leadscout link", "The lead in Leadscout"),
  ],
  contacts: [
    text("leadscout_linkedin_url", "LinkedIn (Leadscout)", "The person's LinkedIn profile"),
    text("leadscout_source_url", "Leadscout source URL", "The page Leadscout found them on"),
  ],
};

type Call = <T>(fn: (c: Client) => Promise<T>) => Promise<T>;
type ObjectType = keyof typeof LEADSCOUT_PROPERTIES;

/** The definitions the mapping writes to, per object type (an admin may have renamed some). */
export function wantedProperties(mapping: ResolvedMapping): Record<ObjectType, Definition[]> {
  const used = {
    companies: new Set(Object.values(mapping.company)),
    contacts: new Set(Object.values(mapping.contact)),
  };
  return {
    companies: LEADSCOUT_PROPERTIES.companies.filter((d) => used.companies.has(d.name)),
    contacts: LEADSCOUT_PROPERTIES.contacts.filter((d) => used.contacts.has(d.name)),
  };
}

const alreadyExists = (err: unknown) => isHubSpotError(err) && err.code === 409;

/**
 * Creates the missing Leadscout properties the mapping uses. Never throws: a portal that refuses
 * (a connection made before the crm.schemas scopes were asked for answers 403) is logged, and the
 * push goes on; HubSpot's PROPERTY_DOESNT_EXIST then shows per record in the sync log.
 * Returns the names it created.
 */
export async function ensureHubSpotProperties(
  call: Call,
  mapping: ResolvedMapping,
): Promise<string[]> {
  const created: string[] = [];
  for (const [objectType, wanted] of Object.entries(wantedProperties(mapping)) as [
    ObjectType,
    Definition[],
  ][]) {
    if (!wanted.length) continue;
    try {
      const existing = await call((c) => c.crm.properties.coreApi.getAll(objectType));
      const have = new Set(existing.results.map((p) => p.name));
      const missing = wanted.filter((d) => !have.has(d.name));
      if (!missing.length) continue;
      await call((c) => c.crm.properties.groupsApi.create(objectType, LEADSCOUT_GROUP)).catch(
        (err: unknown) => {
          if (!alreadyExists(err)) throw err;
        },
      );
      const answer = await call((c) =>
        c.crm.properties.batchApi.create(objectType, {
          inputs: missing.map((d) => ({ ...d, groupName: LEADSCOUT_GROUP.name })),
        }),
      );
      created.push(...answer.results.map((p) => `${objectType}.${p.name}`));
      // Created meanwhile by someone else is as good as created here.
      const errors = ("errors" in answer ? answer.errors : undefined) ?? [];
      const refused = errors.filter((e) => e.category !== "OBJECT_ALREADY_EXISTS");
      if (refused.length)
        log.warn("crm.hubspot_properties_refused", {
          objectType,
          errors: refused.map((e) => e.message),
        });
    } catch (err) {
      log.warn("crm.hubspot_properties_failed", { objectType, error: hubspotMessage(err) });
    }
  }
  return created;
}
