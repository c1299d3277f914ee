import { asServiceRole, withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { requireMembership } from "@/lib/orgs";
import { notConnected } from "./connection";
import {
  fieldMappingFormSchema,
  overridesOf,
  resolveMapping,
  type ResolvedMapping,
} from "./field-mapping";
import type { CrmProvider } from "./schemas";

// The field-mapping form of Settings › Integrations (admins): every field's CRM property,
// stored as overrides of the defaults so a later change of a default still reaches the fields
// nobody changed.

export async function getFieldMapping(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
): Promise<ResolvedMapping> {
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId));
  const row = await asServiceRole((tx) =>
    tx
      .selectFrom("crm_connections")
      .select("field_mapping")
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  return resolveMapping(row?.field_mapping ?? {}, provider);
}

export async function setFieldMapping(
  claims: JwtClaims,
  orgId: string,
  provider: CrmProvider,
  input: unknown,
): Promise<ResolvedMapping> {
  const parsed = fieldMappingFormSchema(provider).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "Some property names are invalid");
  await withUser(claims, (tx) => requireMembership(tx, claims.sub, orgId, ["admin"]));
  const overrides = overridesOf(parsed.data, provider);
  const res = await asServiceRole((tx) =>
    tx
      .updateTable("crm_connections")
      .set({ field_mapping: JSON.stringify(overrides), updated_at: new Date() })
      .where("org_id", "=", orgId)
      .where("provider", "=", provider)
      .executeTakeFirst(),
  );
  if (!res.numUpdatedRows) throw notConnected(provider);
  return resolveMapping(overrides, provider);
}
