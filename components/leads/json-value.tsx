/**
 * Reasons, signals and enrichment data are free-form JSON from the qualifier and enrichers: show
 * strings as they are and objects as labelled pairs, never as raw JSON.
 */
export function JsonValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-zinc-400">—</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  if (Array.isArray(value))
    return (
      <ul className="list-disc space-y-1 pl-5">
        {value.map((v, i) => (
          <li key={i}>
            <JsonValue value={v} />
          </li>
        ))}
      </ul>
    );
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-zinc-500">{k.replaceAll("_", " ")}</dt>
          <dd className="min-w-0 break-words">
            <JsonValue value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
