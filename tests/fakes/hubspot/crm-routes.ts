import { randomUUID } from "node:crypto";
import type { CrmObject, HubSpotServer } from "./server";

// The CRM object endpoints of the local HubSpot (server.ts handles auth, faults and limits
// before a request gets here; properties-routes.ts has the properties API and refuses records
// carrying a property the portal does not have). Shapes follow HubSpot's v3 objects and v4 associations APIs:
// batch answers carry status/results/startedAt/completedAt, and 207 adds numErrors and errors
// (each a StandardError naming the input it refused in `context`).

type Answer = { status: number; body: unknown };
type Props = Record<string, string | null>;

/** HubSpot's error body. */
export function error(category: string, message: string, context?: Record<string, string[]>) {
  return {
    status: "error",
    message,
    correlationId: randomUUID(),
    category,
    ...(context ? { context } : {}),
  };
}

const batch = (results: unknown[], errors: ReturnType<typeof error>[], okStatus = 200): Answer => {
  const at = new Date().toISOString();
  const body = { status: "COMPLETE", results, startedAt: at, completedAt: at };
  return errors.length
    ? { status: 207, body: { ...body, numErrors: errors.length, errors } }
    : { status: okStatus, body };
};

const cleanProps = (value: unknown): Props => {
  const out: Props = {};
  for (const [k, v] of Object.entries((value ?? {}) as Record<string, unknown>))
    out[k] = v === null || v === undefined ? null : String(v);
  return out;
};

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function crmRoute(
  hs: HubSpotServer,
  method: string,
  path: string,
  body: Record<string, unknown>,
): Answer {
  const inputs = (Array.isArray(body.inputs) ? body.inputs : []) as Record<string, unknown>[];
  const properties = hs.properties.route(method, path, body);
  if (properties) return properties;
  if (method !== "POST") return { status: 405, body: error("METHOD_NOT_ALLOWED", "Not allowed") };

  if (path === "/crm/v3/objects/companies/search") return searchCompanies(hs, body);

  const create = /^\/crm\/v3\/objects\/(companies|contacts)\/batch\/create$/.exec(path);
  if (create) {
    const refused = hs.properties.rejectUnknown(create[1]!, inputs);
    if (refused) return refused;
    const store = create[1] === "companies" ? hs.companies : hs.contacts;
    const results = inputs.map((input) => {
      const obj = hs.newObject(cleanProps(input.properties));
      store.set(obj.id, obj);
      if (create[1] === "companies") hs.indexCompany(obj, null);
      else if (obj.properties.email) hs.contactByEmail.set(obj.properties.email, obj.id);
      return obj;
    });
    return batch(results, [], 201);
  }

  const update = /^\/crm\/v3\/objects\/(companies|contacts)\/batch\/update$/.exec(path);
  if (update) {
    const refused = hs.properties.rejectUnknown(update[1]!, inputs);
    if (refused) return refused;
    const store = update[1] === "companies" ? hs.companies : hs.contacts;
    const results: CrmObject[] = [];
    const errors: ReturnType<typeof error>[] = [];
    for (const input of inputs) {
      const obj = store.get(String(input.id));
      if (!obj) {
        errors.push(error("OBJECT_NOT_FOUND", "Object not found", { ids: [String(input.id)] }));
        continue;
      }
      const previousDomain = obj.properties.domain?.toLowerCase() ?? null;
      Object.assign(obj.properties, cleanProps(input.properties));
      if (update[1] === "companies") hs.indexCompany(obj, previousDomain);
      obj.updatedAt = new Date().toISOString();
      results.push(obj);
    }
    return batch(results, errors);
  }

  if (path === "/crm/v3/objects/contacts/batch/upsert")
    return hs.properties.rejectUnknown("contacts", inputs) ?? upsertContacts(hs, inputs);

  const assoc = /^\/crm\/v4\/associations\/contacts\/companies\/batch\/associate\/default$/.exec(
    path,
  );
  if (assoc) {
    const results: unknown[] = [];
    const errors: ReturnType<typeof error>[] = [];
    for (const input of inputs) {
      const from = String((input.from as { id?: unknown } | undefined)?.id ?? "");
      const to = String((input.to as { id?: unknown } | undefined)?.id ?? "");
      if (!hs.contacts.has(from) || !hs.companies.has(to)) {
        errors.push(error("VALIDATION_ERROR", "No such contact or company", { ids: [from, to] }));
        continue;
      }
      hs.associations.add(`${from}>${to}`);
      results.push({
        from: { id: from },
        to: { id: to },
        associationSpec: { associationCategory: "HUBSPOT_DEFINED", associationTypeId: 279 },
      });
    }
    return batch(results, errors);
  }
  return { status: 404, body: error("NOT_FOUND", `No route for ${path}`) };
}

function searchCompanies(hs: HubSpotServer, body: Record<string, unknown>): Answer {
  const groups = (body.filterGroups ?? []) as {
    filters?: { propertyName?: string; operator?: string; values?: string[]; value?: string }[];
  }[];
  const limit = Math.min(Number(body.limit ?? 10), 200);
  const after = Number(body.after ?? 0);
  // Candidates from the domain index when the search names domains (what the app sends), else all.
  const domains = groups.flatMap((g) =>
    (g.filters ?? [])
      .filter((f) => f.propertyName === "domain")
      .flatMap((f) => (f.operator === "IN" ? (f.values ?? []) : [f.value ?? ""])),
  );
  const candidates = domains.length
    ? [...new Set(domains.flatMap((d) => [...(hs.companiesByDomain.get(d.toLowerCase()) ?? [])]))]
        .map((id) => hs.companies.get(id)!)
        .sort((a, b) => Number(a.id) - Number(b.id))
    : [...hs.companies.values()];
  const matches = candidates.filter((obj) =>
    groups.some((g) =>
      (g.filters ?? []).every((f) => {
        const actual = (obj.properties[f.propertyName ?? ""] ?? "").toLowerCase();
        if (f.operator === "IN") return (f.values ?? []).some((v) => v.toLowerCase() === actual);
        if (f.operator === "EQ") return (f.value ?? "").toLowerCase() === actual;
        return false;
      }),
    ),
  );
  const page = matches.slice(after, after + limit);
  const next = after + limit < matches.length ? after + limit : null;
  return {
    status: 200,
    body: {
      total: matches.length,
      results: page,
      ...(next !== null ? { paging: { next: { after: String(next) } } } : {}),
    },
  };
}

function upsertContacts(hs: HubSpotServer, inputs: Record<string, unknown>[]): Answer {
  const results: (CrmObject & { new: boolean })[] = [];
  const errors: ReturnType<typeof error>[] = [];
  for (const input of inputs) {
    const email = String(input.id ?? "").toLowerCase();
    if (input.idProperty !== "email") {
      errors.push(
        error("VALIDATION_ERROR", "idProperty must be a unique property", { ids: [email] }),
      );
      continue;
    }
    if (!EMAIL.test(email) || hs.rejectedEmails.has(email)) {
      errors.push(
        error("VALIDATION_ERROR", `Property values were not valid: email "${email}" is invalid`, {
          ids: [email],
        }),
      );
      continue;
    }
    const props = { ...cleanProps(input.properties), email };
    const existingId = hs.contactByEmail.get(email);
    const existing = existingId ? hs.contacts.get(existingId) : undefined;
    if (existing) {
      Object.assign(existing.properties, props);
      existing.updatedAt = new Date().toISOString();
      results.push({ ...existing, new: false });
    } else {
      const obj = hs.newObject(props);
      hs.contacts.set(obj.id, obj);
      hs.contactByEmail.set(email, obj.id);
      results.push({ ...obj, new: true });
    }
  }
  return batch(results, errors);
}
