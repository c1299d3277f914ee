type Json = Record<string, unknown>;

/** A JSON Schema as an indented field list; $refs link to the schema section. */
export function SchemaView({
  schema,
  schemas,
  depth = 0,
}: {
  schema: Json;
  schemas: Record<string, Json>;
  depth?: number;
}) {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop()!;
    return (
      <a className="font-mono text-xs underline" href={`#schema-${name}`}>
        {name}
      </a>
    );
  }
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants)
    return (
      <div className="space-y-2">
        <p className="text-xs">One of:</p>
        {variants.map((v, i) => (
          <div key={i} className="border-l pl-3">
            {typeof v.description === "string" && <p className="text-xs italic">{v.description}</p>}
            <SchemaView schema={v} schemas={schemas} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  if (schema.type === "array" && schema.items)
    return (
      <div className="text-xs">
        array of <SchemaView schema={schema.items as Json} schemas={schemas} depth={depth + 1} />
      </div>
    );
  const props = schema.properties as Record<string, Json> | undefined;
  if (!props) return <code className="font-mono text-xs">{describe(schema)}</code>;
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <ul className="mt-1 space-y-1 text-xs">
      {Object.entries(props).map(([name, p]) => (
        <li key={name} className="border-l pl-3">
          <code className="font-mono font-semibold">{name}</code>
          {required.has(name) ? " *" : ""} <span className="font-mono">{describe(p)}</span>
          {typeof p.description === "string" && <span> — {p.description}</span>}
          {(p.properties || p.items || p.oneOf || p.$ref) && depth < 4 ? (
            <SchemaView schema={p} schemas={schemas} depth={depth + 1} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const SAFE = Number.MAX_SAFE_INTEGER;

function describe(s: Json): string {
  if (typeof s.$ref === "string") return s.$ref.split("/").pop()!;
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(describe).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((e) => JSON.stringify(e)).join(" | ");
  const t = Array.isArray(s.type) ? s.type.join(" | ") : (s.type as string | undefined);
  const bounds = [
    s.minimum !== undefined && s.minimum !== -SAFE ? `≥ ${String(s.minimum)}` : "",
    s.maximum !== undefined && s.maximum !== SAFE ? `≤ ${String(s.maximum)}` : "",
    s.maxLength !== undefined ? `max ${String(s.maxLength)} chars` : "",
    s.maxItems !== undefined ? `max ${String(s.maxItems)} items` : "",
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : "",
    typeof s.format === "string" ? s.format : "",
  ].filter(Boolean);
  return [t ?? "", bounds.length ? `(${bounds.join(", ")})` : ""].join(" ").trim();
}
