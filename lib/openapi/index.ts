// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with.
export { openApiDocument } from "./document";
export { OPERATIONS, type Operation } from "./operations";
