import { writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { format, resolveConfig } from "prettier";

// Types for the generated client, from the spec the server serves. The contract test regenerates
// them from GET /api/v1/openapi.json and fails if they differ from the committed file, so a spec
// change shows up in `pnpm typecheck` of every typed call in tests/api.
export const GENERATED_TYPES = path.join(import.meta.dirname, "generated", "api-v1.d.ts");

export async function typesFromSpec(spec: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(spec as unknown as Parameters<typeof openapiTS>[0]);
  const text = `// Generated from GET /api/v1/openapi.json by tests/api/generate-client.ts; do not edit.\n${astToString(ast)}`;
  // Formatted as the repo formats everything, so `prettier --check` and this comparison agree.
  const config = (await resolveConfig(GENERATED_TYPES)) ?? {};
  return format(text, { ...config, filepath: GENERATED_TYPES });
}

// `pnpm tsx tests/api/generate-client.ts` rewrites the committed types from the current schemas.
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const { apiV1Document } = await import("@/app/api/v1/registry");
  writeFileSync(GENERATED_TYPES, await typesFromSpec(apiV1Document()));
  console.log(`wrote ${GENERATED_TYPES}`);
}
