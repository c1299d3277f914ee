import { z } from "zod";

export const API_SCOPES = ["read", "write", "delete"] as const;
export const ZApiScopeSchema = z.enum(API_SCOPES);
export type ApiScope = (typeof API_SCOPES)[number];

export const ZCreateApiKeySchema = z.object({
  orgId: z.string().uuid("Organization id must be a UUID"),
  name: z
    .string()
    .trim()
    .min(1, "Name is required")
    .max(100, "Name must be at most 100 characters"),
  scopes: z
    .array(ZApiScopeSchema)
    .min(1, "Choose at least one scope")
    .transform((s) => [...new Set(s)]),
  expiresAt: z.coerce
    .date({ error: "Expiry must be a date" })
    .refine((d) => d.getTime() > Date.now(), "Expiry must be in the future")
    .optional(),
});

export type CreateApiKeyInput = z.input<typeof ZCreateApiKeySchema>;
