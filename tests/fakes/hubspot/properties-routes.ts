import { error } from "./crm-routes";

// The local HubSpot's CRM v3 properties API — the part Leadscout calls: read an object type's
// properties, create a property group, batch create properties — and the portal's property
// definitions the object endpoints check records against. A new portal has HubSpot's standard
// properties (the ones below, a subset of HubSpot's); custom ones exist only once created. As in
// HubSpot, creating a group or property that exists answers 409 OBJECT_ALREADY_EXISTS (in a batch:
// a 207 naming it), and these endpoints need the crm.schemas.<type>.read/write scopes.

type Answer = { status: number; body: unknown };

export interface PropertyDefinition {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  groupName: string;
  description: string;
  hubspotDefined: boolean;
  createdAt: string;
}

const STANDARD: Record<string, { group: string; names: string[] }> = {
  companies: {
    group: "companyinformation",
    names: ["name", "domain", "website", "phone", "city", "country", "industry", "description"],
  },
  contacts: {
    group: "contactinformation",
    names: ["email", "firstname", "lastname", "jobtitle", "phone", "company", "website"],
  },
};
// Company LinkedIn page is a standard company property in HubSpot (social media information).
const STANDARD_EXTRA: Record<string, string[]> = {
  companies: ["linkedin_company_page", "hs_object_id"],
  contacts: ["hs_object_id"],
};

const PROPERTY_TYPES: Record<string, string[]> = {
  string: ["text", "textarea", "file"],
  number: ["number", "calculation_equation"],
  date: ["date"],
  datetime: ["date"],
  enumeration: ["select", "radio", "checkbox", "booleancheckbox"],
  bool: ["booleancheckbox"],
};

export class PropertyStore {
  private readonly defs = new Map<string, Map<string, PropertyDefinition>>();
  private readonly groups = new Map<string, Set<string>>();

  constructor() {
    for (const [type, { group, names }] of Object.entries(STANDARD)) {
      this.groups.set(type, new Set([group, "socialmediainformation"]));
      for (const name of [...names, ...STANDARD_EXTRA[type]!])
        this.define(type, { name, type: "string", fieldType: "text", groupName: group }, true);
    }
  }

  /** Defines a property directly, as an admin would in HubSpot's settings. */
  define(
    objectType: string,
    p: { name: string; type: string; fieldType: string; groupName: string; label?: string },
    hubspotDefined = false,
  ): PropertyDefinition {
    const def: PropertyDefinition = {
      ...p,
      label: p.label ?? p.name,
      description: "",
      hubspotDefined,
      createdAt: new Date().toISOString(),
    };
    const byName = this.defs.get(objectType) ?? new Map<string, PropertyDefinition>();
    byName.set(p.name, def);
    this.defs.set(objectType, byName);
    this.groups.get(objectType)?.add(p.groupName);
    return def;
  }

  get(objectType: string, name: string): PropertyDefinition | undefined {
    return this.defs.get(objectType)?.get(name);
  }

  /** Custom (not HubSpot-defined) property names per object type. */
  customNames(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [type, byName] of this.defs)
      out[type] = [...byName.values()].filter((d) => !d.hubspotDefined).map((d) => d.name);
    return out;
  }

  /**
   * HubSpot's answer when records carry properties the portal does not have: the whole batch is
   * refused with VALIDATION_ERROR, each unknown property named (PROPERTY_DOESNT_EXIST).
   */
  rejectUnknown(objectType: string, inputs: Record<string, unknown>[]): Answer | null {
    const unknown = new Set<string>();
    for (const input of inputs)
      for (const name of Object.keys((input.properties ?? {}) as Record<string, unknown>))
        if (!this.get(objectType, name)) unknown.add(name);
    if (!unknown.size) return null;
    const details = [...unknown].map((name) => ({
      isValid: false,
      message: `Property "${name}" does not exist`,
      error: "PROPERTY_DOESNT_EXIST",
      name,
      localizedErrorMessage: `Property "${name}" does not exist`,
    }));
    return {
      status: 400,
      body: error("VALIDATION_ERROR", `Property values were not valid: ${JSON.stringify(details)}`),
    };
  }

  route(method: string, path: string, body: Record<string, unknown>): Answer | null {
    const m = /^\/crm\/v3\/properties\/(companies|contacts)(\/groups|\/batch\/create)?$/.exec(path);
    if (!m) return null;
    const objectType = m[1]!;
    if (method === "GET" && !m[2])
      return {
        status: 200,
        body: { results: [...(this.defs.get(objectType)?.values() ?? [])] },
      };
    if (method === "POST" && m[2] === "/groups") return this.createGroup(objectType, body);
    if (method === "POST" && m[2] === "/batch/create") return this.batchCreate(objectType, body);
    return { status: 405, body: error("METHOD_NOT_ALLOWED", "Not allowed") };
  }

  private createGroup(objectType: string, body: Record<string, unknown>): Answer {
    const name = String(body.name ?? "");
    if (!/^[a-z][a-z0-9_]*$/.test(name) || !body.label)
      return { status: 400, body: error("VALIDATION_ERROR", "A group needs a name and a label") };
    const groups = this.groups.get(objectType)!;
    if (groups.has(name))
      return {
        status: 409,
        body: error("OBJECT_ALREADY_EXISTS", `A property group named '${name}' already exists.`),
      };
    groups.add(name);
    return {
      status: 201,
      body: { name, label: String(body.label), displayOrder: -1, archived: false },
    };
  }

  private batchCreate(objectType: string, body: Record<string, unknown>): Answer {
    const inputs = (Array.isArray(body.inputs) ? body.inputs : []) as Record<string, unknown>[];
    const results: PropertyDefinition[] = [];
    const errors: ReturnType<typeof error>[] = [];
    for (const input of inputs) {
      const name = String(input.name ?? "");
      const type = String(input.type ?? "");
      const fieldType = String(input.fieldType ?? "");
      const groupName = String(input.groupName ?? "");
      const refuse = (category: string, message: string) =>
        errors.push(error(category, message, { name: [name] }));
      if (this.get(objectType, name))
        refuse("OBJECT_ALREADY_EXISTS", `Property named '${name}' already exists.`);
      else if (!/^[a-z][a-z0-9_]*$/.test(name) || !input.label)
        refuse("VALIDATION_ERROR", `Property '${name}' needs a lowercase name and a label`);
      else if (!PROPERTY_TYPES[type]?.includes(fieldType))
        refuse("VALIDATION_ERROR", `fieldType '${fieldType}' is not valid for type '${type}'`);
      else if (!this.groups.get(objectType)!.has(groupName))
        refuse("VALIDATION_ERROR", `Property group '${groupName}' does not exist`);
      else
        results.push(
          this.define(objectType, {
            name,
            type,
            fieldType,
            groupName,
            label: String(input.label),
          }),
        );
    }
    const at = new Date().toISOString();
    const answer = { status: "COMPLETE", results, startedAt: at, completedAt: at };
    return errors.length
      ? { status: 207, body: { ...answer, numErrors: errors.length, errors } }
      : { status: 201, body: answer };
  }
}

/** The scope a properties call needs that the token was not granted, if any. */
export function missingScope(method: string, path: string, granted: string[]): string | null {
  const m = /^\/crm\/v3\/properties\/(companies|contacts)/.exec(path);
  if (!m) return null;
  const needed = `crm.schemas.${m[1]}.${method === "GET" ? "read" : "write"}`;
  return granted.includes(needed) ? null : needed;
}
