import { z } from "zod";

/** Path parameters of /jobs/{id} and /leads/{id}: a malformed id is a 422, an unknown one a 404. */
export const ZIdParamsSchema = z.strictObject({
  id: z.uuid({ error: "Must be a UUID" }).describe("The resource's id"),
});

/** Routes that take no query parameters still refuse unknown ones. */
export const ZNoQuerySchema = z.strictObject({});
