// Facts from JSON-LD blocks: organization identity, postal address, contact
// points, people and sameAs profile links. Graphs, arrays and nesting are walked
// generically because real sites put the same facts in many shapes.
type Json = unknown;

export interface JsonLdPerson {
  name: string;
  title?: string;
  email?: string;
  telephone?: string;
  sameAs: string[];
}

export interface JsonLdFacts {
  orgName?: string;
  siteName?: string;
  description?: string;
  address?: string;
  addressCountry?: string;
  emails: string[];
  phones: { value: string; fax: boolean }[];
  sameAs: string[];
  people: JsonLdPerson[];
}

const ORG_TYPE =
  /organization|corporation|business|company|store|service|restaurant|agency|office|dentist|clinic|physician|attorney|lawyer|notary|hotel|shop|contractor|plumber|electrician|bakery|cafe|brewery|winery|school|accounting|insurance|realestate|dealer|repair|salon|studio|practice|center|centre/i;

function str(v: Json): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object" && "name" in v) return str((v as Record<string, Json>).name);
  return undefined;
}

function strings(v: Json): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object" && "@id" in v) return strings((v as Record<string, Json>)["@id"]);
  return [];
}

function types(o: Record<string, Json>): string[] {
  return strings(o["@type"]).map((t) => t.replace(/^https?:\/\/schema\.org\//, ""));
}

export function formatAddress(a: Json): { text?: string; country?: string } {
  if (typeof a === "string") return { text: a.trim() || undefined };
  if (Array.isArray(a)) return formatAddress(a[0]);
  if (!a || typeof a !== "object") return {};
  const o = a as Record<string, Json>;
  const country = str(o.addressCountry);
  const locality = [str(o.postalCode), str(o.addressLocality)].filter(Boolean).join(" ");
  const parts = [str(o.streetAddress), locality, str(o.addressRegion), country].filter(Boolean);
  return { text: parts.length ? parts.join(", ") : undefined, country };
}

export function readJsonLd(blocks: string[]): JsonLdFacts {
  const facts: JsonLdFacts = { emails: [], phones: [], sameAs: [], people: [] };
  const seen = new Set<object>();
  const visit = (node: Json, depth: number): void => {
    if (depth > 12 || !node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, Json>;
    const t = types(o);
    const isPerson = t.includes("Person");
    // A person's published contact details are contacts of the site too.
    for (const e of strings(o.email)) facts.emails.push(e);
    for (const p of strings(o.telephone)) facts.phones.push({ value: p, fax: false });
    for (const p of strings(o.faxNumber)) facts.phones.push({ value: p, fax: true });
    for (const s of strings(o.sameAs)) facts.sameAs.push(s);
    if (isPerson) {
      const name =
        str(o.name) ??
        ([str(o.givenName), str(o.familyName)].filter(Boolean).join(" ") || undefined);
      if (name) {
        facts.people.push({
          name,
          title: str(o.jobTitle) ?? str(o.roleName),
          email: strings(o.email)[0],
          telephone: strings(o.telephone)[0],
          sameAs: strings(o.sameAs),
        });
      }
    } else if (t.some((x) => ORG_TYPE.test(x))) {
      facts.orgName ??= str(o.legalName) ?? str(o.name);
      facts.description ??= str(o.description);
    } else if (t.includes("WebSite")) {
      facts.siteName ??= str(o.name);
    }
    if (t.includes("PostalAddress") || o.address) {
      const f = formatAddress(t.includes("PostalAddress") ? o : o.address);
      if (f.text && !facts.address) facts.address = f.text;
      if (f.country && !facts.addressCountry) facts.addressCountry = f.country;
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "address" || typeof v !== "object") continue;
      visit(v, depth + 1);
    }
  };
  for (const block of blocks) {
    const parsed = parseLoose(block);
    if (parsed !== undefined) visit(parsed, 0);
  }
  return facts;
}

/** JSON.parse with the two repairs real sites need: stray control characters and trailing commas. */
function parseLoose(text: string): Json {
  const trimmed = text.trim().replace(/^<!--|-->$/g, "");
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}
