// The OpenAPI 3.1 document of /api/v1, built from the contracts the route handlers declare.
export { openApiDocument } from "./document";
export {
  contractOf,
  operationsOf,
  HTTP_METHODS,
  type HttpMethod,
  type Operation,
  type RouteModule,
} from "./operations";
export { READ_ERRORS } from "./responses";
