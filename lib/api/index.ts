// The REST API's plumbing: one wrapper per kind of caller, the envelope, and request helpers.
export {
  withApiKey,
  withPublic,
  type ApiContext,
  type ApiRoute,
  type ContextOf,
} from "./with-api-key";
export {
  API_TAGS,
  schemaOf,
  type ApiContract,
  type OpenApiMeta,
  type RequestPart,
} from "./contract";
export { idParams, ZNoQuerySchema } from "./params";
export { authorize, requireScope, bearerKey, type ApiCaller } from "./authorize";
export { rateLimitKey, rateLimitAnonymous } from "./rate-limit";
export { logRequest } from "./log-request";
export { ok, okBody, okJson, errorResponse, type ApiMeta, type ApiErrorBody } from "./envelope";
export { applyApiHeaders, preflight } from "./security-headers";
export { readJsonBody, MAX_BODY_BYTES } from "./body";
export { parseWith, queryObject, requireObject } from "./parse";
export { encodeKeysetCursor, decodeKeysetCursor, type KeysetCursor } from "./cursor";
export { idempotencyKeyOf } from "./idempotency";
export { iso, num } from "@/lib/serialize";
