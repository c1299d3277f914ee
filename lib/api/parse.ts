import type { z } from "zod";
import { AppError, validationError } from "@/lib/errors";

/**
 * Query parameters as an object for a strict schema. A repeated parameter becomes an array, so
 * `?limit=1&limit=2` is a type error rather than a silent pick. The object has no prototype: a
 * parameter named `__proto__` or `constructor` is a key like any other (an unknown one), not a
 * way to swap the object's prototype or read an inherited method.
 */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of url.searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** Parses with a schema; every issue becomes a field error of one 422. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  message = "Some fields are invalid",
): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error, message);
  return r.data;
}

/** A JSON body must be an object before any schema sees it. */
export function requireObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new AppError("validation_failed", "The body must be a JSON object", {
      fields: { _: ["Expected a JSON object"] },
    });
  return value as Record<string, unknown>;
}
