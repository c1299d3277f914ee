import { randomBytes } from "node:crypto";
import type { SalesforceServer } from "./server";

// The data API of the local Salesforce (server.ts handles auth and faults before a request gets
// here): SOQL `SELECT … FROM T WHERE F IN ('…', …) [AND …] [ORDER BY …]` with Salesforce's
// case-insensitive text comparison and 2,000-record pages, and the sObject Collections API —
// POST (create) and PATCH (update by Id) /composite/sobjects, at most 200 records, allOrNone
// false: each record saved or refused on its own, results in request order.

export type SfRecord = Record<string, unknown> & { Id: string; CreatedDate: string };
type Answer = { status: number; body: unknown };

/** Salesforce's error body: an array of {message, errorCode}. */
export const sfError = (errorCode: string, message: string) => [{ message, errorCode }];

const PAGE = 2000;
const MAX_COLLECTION = 200;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const REQUIRED: Record<string, string[]> = {
  Account: ["Name"],
  Contact: ["LastName"],
  Lead: ["LastName", "Company"],
};
const cursors = new Map<string, unknown[]>();

export function dataRoute(
  sf: SalesforceServer,
  method: string,
  path: string,
  params: URLSearchParams,
  raw: string,
): Answer {
  const rest = /^\/services\/data\/v\d+\.\d\/(.*)$/.exec(path)?.[1];
  if (rest === undefined) return { status: 404, body: sfError("NOT_FOUND", "Not found") };
  if (method === "GET" && rest === "query") return query(sf, params.get("q") ?? "");
  const more = /^query\/(.+)$/.exec(rest);
  if (method === "GET" && more) {
    const left = cursors.get(more[1]!);
    if (!left) return { status: 400, body: sfError("INVALID_QUERY_LOCATOR", "invalid locator") };
    cursors.delete(more[1]!);
    return page(left, path.replace(/\/query\/.*$/, "/query"));
  }
  if (rest === "composite/sobjects" && (method === "POST" || method === "PATCH"))
    return collection(sf, method, JSON.parse(raw || "{}") as { records?: unknown });
  return { status: 404, body: sfError("NOT_FOUND", "The requested resource does not exist") };
}

function page(records: unknown[], base: string): Answer {
  const now = records.slice(0, PAGE);
  const left = records.slice(PAGE);
  let nextRecordsUrl: string | undefined;
  if (left.length) {
    const locator = `01g${randomBytes(6).toString("hex")}-${PAGE}`;
    cursors.set(locator, left);
    nextRecordsUrl = `${base}/${locator}`;
  }
  return {
    status: 200,
    body: { totalSize: records.length, done: !left.length, records: now, nextRecordsUrl },
  };
}

function query(sf: SalesforceServer, soql: string): Answer {
  const m =
    /^SELECT\s+(.+?)\s+FROM\s+(\w+)\s+WHERE\s+(\w+)\s+IN\s+\((.*?)\)(?:\s+AND\s+(\w+)\s*=\s*(true|false))?(?:\s+ORDER\s+BY\s+(\w+)(?:\s+ASC)?(?:\s*,\s*\w+(?:\s+ASC)?)*)?$/is.exec(
      soql.trim(),
    );
  if (!m) return { status: 400, body: sfError("MALFORMED_QUERY", `unexpected token: ${soql}`) };
  const [, fieldList, type, field, list, andField, andValue, orderBy] = m;
  const values = new Set<string>();
  const literal = /'((?:[^'\\]|\\.)*)'/g;
  for (let hit = literal.exec(list!); hit; hit = literal.exec(list!))
    values.add(hit[1]!.replace(/\\(.)/g, "$1").toLowerCase());
  const fields = fieldList!.split(",").map((f) => f.trim());
  let rows = sf
    .records(type!)
    .filter((r) => values.has(String(r[field!] ?? "").toLowerCase()))
    .filter((r) => !andField || String(r[andField] ?? false) === andValue);
  if (orderBy)
    rows = rows.sort(
      (a, b) =>
        String(a[orderBy] ?? "").localeCompare(String(b[orderBy] ?? "")) ||
        a.Id.localeCompare(b.Id),
    );
  const records = rows.map((r) => ({
    attributes: { type, url: `/services/data/v62.0/sobjects/${type}/${r.Id}` },
    ...Object.fromEntries(fields.map((f) => [f, r[f] ?? null])),
  }));
  return page(records, "/services/data/v62.0/query");
}

type Result = {
  id?: string;
  success: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
};
const failed = (statusCode: string, message: string, fields: string[]): Result => ({
  success: false,
  errors: [{ statusCode, message, fields }],
});

function collection(sf: SalesforceServer, method: string, body: { records?: unknown }): Answer {
  const records = body.records;
  if (!Array.isArray(records) || !records.length)
    return { status: 400, body: sfError("INVALID_FIELD", "records: a non-empty array required") };
  if (records.length > MAX_COLLECTION)
    return {
      status: 400,
      body: sfError(
        "EXCEEDED_ID_LIMIT",
        "record limit reached. cannot submit more than 200 records into this call",
      ),
    };
  const results = (records as Record<string, unknown>[]).map((input): Result => {
    const { attributes, ...fields } = input;
    const type = (attributes as { type?: string } | undefined)?.type;
    if (!type || !REQUIRED[type])
      return failed("INVALID_TYPE", `sObject type '${String(type)}' is not supported`, []);
    const email = typeof fields.Email === "string" ? fields.Email : null;
    if (email && (!EMAIL.test(email) || sf.rejectedEmails.has(email.toLowerCase())))
      return failed("INVALID_EMAIL_ADDRESS", `Email: invalid email address: ${email}`, ["Email"]);
    const table =
      sf.store.get(type) ?? new Map<string, ReturnType<SalesforceServer["records"]>[number]>();
    sf.store.set(type, table);
    if (
      type === "Contact" &&
      fields.AccountId &&
      !sf.store.get("Account")?.has(String(fields.AccountId))
    )
      return failed(
        "INVALID_CROSS_REFERENCE_KEY",
        "Account ID: id value of incorrect type: " + String(fields.AccountId),
        ["AccountId"],
      );
    if (method === "PATCH") {
      const existing = typeof fields.Id === "string" ? table.get(fields.Id) : undefined;
      if (!existing) return failed("ENTITY_IS_DELETED", "entity is deleted", []);
      Object.assign(existing, fields, { LastModifiedDate: new Date().toISOString() });
      return { id: existing.Id, success: true, errors: [] };
    }
    if ("Id" in fields)
      return failed("INVALID_FIELD_FOR_INSERT_UPDATE", "cannot specify Id in an insert call", [
        "Id",
      ]);
    const missing = REQUIRED[type]!.filter((f) => !fields[f]);
    if (missing.length)
      return failed(
        "REQUIRED_FIELD_MISSING",
        `Required fields are missing: [${missing.join(", ")}]`,
        missing,
      );
    const id = sf.newId(type);
    table.set(id, { ...fields, Id: id, CreatedDate: new Date().toISOString() });
    return { id, success: true, errors: [] };
  });
  return { status: 200, body: results };
}
