/** What a condition may say, next to the editor (docs/qualifier.md has the full reference). */
export function ConditionHelp() {
  return (
    <details className="rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <summary className="cursor-pointer font-medium">How to write a condition</summary>
      <div className="mt-2 space-y-2 text-zinc-600 dark:text-zinc-400">
        <p>
          Operators: <code>equals</code>, <code>in</code> (<code>values</code>),{" "}
          <code>contains</code>, <code>matches</code> (<code>pattern</code>, RE2: no lookaround or
          backreferences), <code>exists</code>, <code>gte</code>, <code>lte</code> over a dotted{" "}
          <code>field</code>; <code>and</code> / <code>or</code> take <code>conditions</code>,{" "}
          <code>not</code> takes <code>condition</code>. Text comparisons ignore case.
        </p>
        <p>
          Fields: anything in the lead (<code>people.title</code>,{" "}
          <code>enrichment.employeeRange</code>, <code>socials.platform</code>),{" "}
          <code>derived.businessEmails</code>, <code>derived.namedEmails</code>,{" "}
          <code>derived.directPhones</code>, <code>derived.pageUrls</code>,{" "}
          <code>derived.peopleCount</code> and other counts, and{" "}
          <code>signals.hiring.strength</code> (also funding, expansion, new_product, pricing_page,
          demo_request, integrations, compliance, contact_intent).
        </p>
        <pre className="overflow-x-auto rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">
          {`{ "op": "matches", "field": "people.title", "pattern": "\\\\b(ceo|founder)" }`}
        </pre>
      </div>
    </details>
  );
}
