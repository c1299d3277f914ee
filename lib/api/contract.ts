import type { z } from "zod";
import type { ApiScope } from "@/lib/db";
import { readJsonBody } from "./body";
import { idempotencyKeyOf } from "./idempotency";
import { ZNoQuerySchema } from "./params";
import { parseWith, queryObject, requireObject } from "./parse";

// A route's contract, declared once beside its handler: what the request may carry (params,
// query, body), the scope it needs, and what it answers. withApiKey parses the request with it
// before the handler runs, and the OpenAPI document (lib/openapi) is built from the same objects.

/**
 * A part of the request whose parsing needs more than its schema: a 422 message of its own, or a
 * domain check (e.g. an SSRF check of a URL) whose problems join the schema's in one 422.
 */
export interface RequestPart<S extends z.ZodType = z.ZodType, T = z.output<S>> {
  /** The documented shape (OpenAPI). */
  schema: S;
  /** The 422's message when `schema` refuses the value (default "Some fields are invalid"). */
  message?: string;
  /** Parses instead of `schema` (its errors must be AppErrors); its result is what the handler gets. */
  parse?: (value: unknown) => T | Promise<T>;
}

export type PartDecl = z.ZodType | RequestPart<z.ZodType, unknown>;

/** What the handler receives for a declared part. */
export type Parsed<D> = D extends z.ZodType
  ? z.output<D>
  : D extends { parse: (value: unknown) => infer R }
    ? Awaited<R>
    : D extends { schema: infer S extends z.ZodType }
      ? z.output<S>
      : never;

export const API_TAGS = ["Jobs", "Leads", "Account", "Webhooks", "CRM"] as const;

/** What the OpenAPI document says of the operation beyond its request parts. */
export interface OpenApiMeta {
  operationId: string;
  summary: string;
  tag: (typeof API_TAGS)[number];
  /** What else the operation requires or does, after the scope sentence. */
  description?: string;
  bodyExample?: unknown;
  /** A body that is not JSON (a CSV upload), read by the handler itself: media type → schema. */
  requestContent?: Record<string, { schema: Record<string, unknown>; example?: unknown }>;
  status: 200 | 201 | 202;
  /** The success envelope's `data`. */
  data?: z.ZodType;
  /** A list page: the envelope's meta carries next_cursor. */
  paged?: boolean;
  /** Non-JSON success bodies (exports), instead of the envelope. */
  content?: Record<string, { schema: Record<string, unknown> }>;
  /** Error statuses besides 500 (which every operation may answer). */
  errors: readonly number[];
}

export interface ApiContract {
  scope: ApiScope;
  /** Path parameters, e.g. idParams("Job id"). None declared: the handler gets {}. */
  params?: PartDecl;
  /** Query parameters (repeated ones as arrays). None declared: any query parameter is a 422. */
  query?: PartDecl;
  /** The JSON body (an object, at most 1 MB). None declared: the body is not read. */
  body?: PartDecl;
  /** Reads the Idempotency-Key header (a malformed one is a 422) into ctx.idempotencyKey. */
  idempotent?: boolean;
  openapi: OpenApiMeta;
}

const isSchema = (part: PartDecl): part is z.ZodType => "_zod" in part;

/** The schema a declared part is documented with. */
export function schemaOf(part: PartDecl | undefined): z.ZodType | undefined {
  return part === undefined || isSchema(part) ? part : part.schema;
}

async function parsePart(part: PartDecl, value: unknown): Promise<unknown> {
  if (isSchema(part)) return parseWith(part, value);
  return part.parse ? part.parse(value) : parseWith(part.schema, value, part.message);
}

export interface ParsedRequest {
  params: unknown;
  query: unknown;
  body: unknown;
  idempotencyKey: string | undefined;
}

/**
 * The request parsed by its contract, in the order a caller fixes things: the path, the query,
 * the Idempotency-Key header, then the body (read only when declared: at most 1 MB, JSON, an
 * object). The first part that is wrong answers; each answer lists every problem of that part.
 */
export async function parseRequest(
  contract: ApiContract,
  req: Request,
  url: URL,
  routeParams: Record<string, string>,
): Promise<ParsedRequest> {
  const params = contract.params ? await parsePart(contract.params, routeParams) : {};
  const query = await parsePart(contract.query ?? ZNoQuerySchema, queryObject(url));
  const idempotencyKey = contract.idempotent ? idempotencyKeyOf(req) : undefined;
  const body = contract.body
    ? await parsePart(contract.body, requireObject(await readJsonBody(req)))
    : undefined;
  return { params, query, body, idempotencyKey };
}
