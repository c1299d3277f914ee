import type { Metadata } from "next";
import { apiV1Document } from "@/app/api/v1/registry";
import { SchemaView } from "./schema-view";
import { TryIt } from "./try-it";

// The interactive API reference: rendered on the server from the same OpenAPI document that
// /api/v1/openapi.json serves, with a "try it" form per operation. No CDN, no external assets.
export const metadata: Metadata = { title: "API reference · Leadscout" };

type Json = Record<string, unknown>;
interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Json;
}

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  patch: "bg-amber-100 text-amber-900",
  delete: "bg-rose-100 text-rose-900",
};

export default function ApiReferencePage() {
  const doc = apiV1Document() as Json;
  const info = doc.info as { title: string; version: string; description: string };
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <main className="mx-auto grid max-w-6xl gap-8 px-6 py-10 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Operations" className="lg:sticky lg:top-6 lg:self-start">
        <p className="mb-2 text-sm font-semibold">{info.title}</p>
        <ul className="space-y-1 text-sm">
          {ops.map(({ path, method, op }) => (
            <li key={`${method} ${path}`}>
              <a className="hover:underline" href={`#${op.operationId as string}`}>
                <span className="inline-block w-14 font-mono text-xs uppercase">{method}</span>
                {path}
              </a>
            </li>
          ))}
          <li>
            <a className="hover:underline" href="#schemas">
              Schemas
            </a>
          </li>
        </ul>
        <p className="mt-4 text-xs">
          <a className="underline" href="/api/v1/openapi.json">
            openapi.json
          </a>{" "}
          (OpenAPI {doc.openapi as string})
        </p>
      </nav>
      <div className="min-w-0 space-y-10">
        <header className="space-y-3">
          <h1 className="text-2xl font-semibold">
            {info.title} <span className="text-base font-normal">v{info.version}</span>
          </h1>
          <div className="whitespace-pre-line text-sm leading-6">{info.description}</div>
        </header>
        {ops.map(({ path, method, op }) => {
          const params = (op.parameters ?? []) as Param[];
          const body = (op.requestBody as Json | undefined)?.content as
            Record<string, { schema: Json; example?: unknown }> | undefined;
          const responses = op.responses as Record<string, { description: string }>;
          // The first media type the body may be sent as (JSON, or text/csv for an import).
          const [mediaType, media] = body ? (Object.entries(body)[0] ?? []) : [];
          return (
            <section
              key={`${method} ${path}`}
              id={op.operationId as string}
              aria-labelledby={`${op.operationId as string}-title`}
              className="scroll-mt-6 space-y-4 rounded-lg border p-5"
            >
              <h2
                id={`${op.operationId as string}-title`}
                className="flex flex-wrap items-center gap-3"
              >
                <span
                  className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLE[method] ?? ""}`}
                >
                  {method}
                </span>
                <code className="font-mono text-sm">{`/api/v1${path}`}</code>
                <span className="text-base font-medium">{op.summary as string}</span>
              </h2>
              <p className="text-sm">{op.description as string}</p>
              {params.length > 0 && (
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Parameters</caption>
                  <thead>
                    <tr className="border-b">
                      <th className="py-1 pr-4 font-medium">Parameter</th>
                      <th className="py-1 pr-4 font-medium">In</th>
                      <th className="py-1 pr-4 font-medium">Type</th>
                      <th className="py-1 font-medium">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {params.map((p) => (
                      <tr key={`${p.in}-${p.name}`} className="border-b align-top">
                        <td className="py-1 pr-4 font-mono">
                          {p.name}
                          {p.required ? " *" : ""}
                        </td>
                        <td className="py-1 pr-4">{p.in}</td>
                        <td className="py-1 pr-4 font-mono text-xs">{typeLabel(p.schema)}</td>
                        <td className="py-1">{p.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {body?.["application/json"] && (
                <details>
                  <summary className="cursor-pointer text-sm font-medium">Request body</summary>
                  <SchemaView schema={body["application/json"].schema} schemas={schemas} />
                </details>
              )}
              {mediaType && mediaType !== "application/json" && (
                <p className="text-sm">
                  Request body: the file itself, as <code className="font-mono">{mediaType}</code>
                </p>
              )}
              <div className="text-sm">
                <p className="font-medium">Responses</p>
                <ul className="mt-1 space-y-0.5">
                  {Object.entries(responses).map(([status, r]) => (
                    <li key={status}>
                      <code className="font-mono">{status}</code> {r.description}
                    </li>
                  ))}
                </ul>
              </div>
              <TryIt
                method={method.toUpperCase()}
                path={path}
                params={params.map((p) => ({
                  name: p.name,
                  in: p.in,
                  required: Boolean(p.required),
                }))}
                example={media?.example}
                contentType={mediaType}
              />
            </section>
          );
        })}
        <section id="schemas" aria-labelledby="schemas-title" className="space-y-4">
          <h2 id="schemas-title" className="text-xl font-semibold">
            Schemas
          </h2>
          {Object.entries(schemas).map(([name, schema]) => (
            <details key={name} id={`schema-${name}`}>
              <summary className="cursor-pointer font-mono text-sm">{name}</summary>
              <SchemaView schema={schema} schemas={schemas} />
            </details>
          ))}
        </section>
      </div>
    </main>
  );
}

function typeLabel(schema: Json | undefined): string {
  if (!schema) return "";
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(" | ");
  const t = schema.type;
  return Array.isArray(t) ? t.join(" | ") : String(t ?? (schema.format ? "string" : "any"));
}
