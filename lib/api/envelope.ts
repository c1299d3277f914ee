import { AppError, ERROR_STATUS, type ErrorCode, type FieldErrors } from "@/lib/errors";

// Every /api/v1 response has the same shape, success or not, so clients parse one thing:
// { success, data, error: { code, message, fields? }, meta: { next_cursor?, request_id } }.
export interface ApiMeta {
  request_id: string;
  next_cursor?: string | null;
}
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  details?: Record<string, unknown>;
}

export function okBody<T>(data: T, requestId: string, nextCursor?: string | null) {
  const meta: ApiMeta = { request_id: requestId };
  if (nextCursor !== undefined) meta.next_cursor = nextCursor;
  return { success: true as const, data, error: null, meta };
}

export function ok<T>(
  requestId: string,
  data: T,
  opts: { status?: number; nextCursor?: string | null; headers?: HeadersInit } = {},
): Response {
  return Response.json(okBody(data, requestId, opts.nextCursor), {
    status: opts.status ?? 200,
    headers: opts.headers,
  });
}

/**
 * `ok` for data that is JSON text already (written by Postgres): spliced into the envelope as it
 * is, so it is not parsed and serialized again. The caller vouches that `dataJson` is valid JSON.
 */
export function okJson(
  requestId: string,
  dataJson: string,
  opts: { status?: number; nextCursor?: string | null } = {},
): Response {
  const meta: ApiMeta = { request_id: requestId };
  if (opts.nextCursor !== undefined) meta.next_cursor = opts.nextCursor;
  const body = `{"success":true,"data":${dataJson},"error":null,"meta":${JSON.stringify(meta)}}`;
  return new Response(body, {
    status: opts.status ?? 200,
    headers: { "content-type": "application/json" },
  });
}

/** The envelope for an AppError; an internal error says nothing about its cause. */
export function errorResponse(err: AppError, requestId: string, headers?: HeadersInit): Response {
  const error: ApiErrorBody = { code: err.code, message: err.message };
  if (err.fields) error.fields = err.fields;
  // details are caller-facing facts (e.g. a credit shortfall); internals never carry any.
  if (err.details && err.code !== "internal") error.details = err.details;
  return Response.json(
    { success: false, data: null, error, meta: { request_id: requestId } },
    { status: ERROR_STATUS[err.code], headers },
  );
}
