import { randomUUID } from "node:crypto";
import type { Actor, OrgFixture, Role } from "./fixtures";

/**
 * What each role may do to each organization-scoped table, straight from the role table of the
 * product (admin: everything; member: jobs, leads, API keys, webhooks; viewer: read only). The
 * isolation tests walk this list; a public table missing from it fails the coverage test.
 */
export interface TableSpec {
  table: string;
  /** The column naming the row's organization. */
  tenantColumn: string;
  can: {
    select: readonly Role[];
    insert: readonly Role[];
    update: readonly Role[];
    delete: readonly Role[];
  };
  /** A row that would be valid in `org` if the policy allowed it. */
  newRow: (org: OrgFixture, actor: Actor) => Record<string, unknown>;
  /** One seeded row of `org` (where clause) and a harmless change to it, as seen by `actorRole`. */
  target: (
    org: OrgFixture,
    actorRole: Role | "outsider",
  ) => { where: Record<string, unknown>; set: Record<string, unknown> };
}

export const ALL: readonly Role[] = ["admin", "member", "viewer"];
export const WRITERS: readonly Role[] = ["admin", "member"];
export const ADMIN: readonly Role[] = ["admin"];
export const NONE: readonly Role[] = [];

export const later = () => new Date(Date.now() + 86_400_000).toISOString();
export const email = () => `${randomUUID()}@example.test`;
