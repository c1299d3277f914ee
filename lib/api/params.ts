import { z } from "zod";

/**
 * Path parameters of /jobs/{id}, /leads/{id}, …: a malformed id is a 422, an unknown one a 404.
 * The description is the parameter's in the OpenAPI document.
 */
export const idParams = (description: string) =>
  z.strictObject({ id: z.uuid({ error: "Must be a UUID" }).describe(description) });

/** Routes that take no query parameters still refuse unknown ones. */
export const ZNoQuerySchema = z.strictObject({});
