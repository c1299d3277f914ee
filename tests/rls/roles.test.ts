import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/db";
import { deleteWhere, insertRow, selectCount, updateWhere } from "./dynamic-sql";
import { DENIED, ROLES, probe, seedWorld, type Role, type World } from "./fixtures";
import { TABLE_SPECS, type TableSpec } from "./table-specs";

// Inside one organization each role can do exactly what the role table grants: a permitted action
// touches the seeded row, a forbidden one touches nothing or is refused by the database.
useTestDb();

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const cases = TABLE_SPECS.flatMap((spec) =>
  ROLES.map((role) => [spec.table, role, spec] as [string, Role, TableSpec]),
);

describe("within the tenant", () => {
  it.each(cases)("%s as %s: select follows the role table", async (_t, role, spec) => {
    const out = await probe(world.a.users[role].claims, (tx) =>
      selectCount(tx, spec.table, spec.target(world.a, role).where),
    );
    expect(out).toEqual({ ok: true, value: spec.can.select.includes(role) ? 1 : 0 });
  });

  it.each(cases)("%s as %s: insert follows the role table", async (_t, role, spec) => {
    const out = await probe(world.a.users[role].claims, (tx) =>
      insertRow(tx, spec.table, spec.newRow(world.a, world.a.users[role])),
    );
    if (spec.can.insert.includes(role)) {
      expect(out).toEqual({ ok: true, value: undefined });
    } else {
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.code).toBe(DENIED);
    }
  });

  it.each(cases)("%s as %s: update follows the role table", async (_t, role, spec) => {
    const { where, set } = spec.target(world.a, role);
    const out = await probe(world.a.users[role].claims, (tx) =>
      updateWhere(tx, spec.table, where, set),
    );
    if (spec.can.update.includes(role)) expect(out).toEqual({ ok: true, value: 1 });
    else if (out.ok) expect(out.value).toBe(0);
    else expect(out.code).toBe(DENIED);
  });

  it.each(cases)("%s as %s: delete follows the role table", async (_t, role, spec) => {
    const { where } = spec.target(world.a, role);
    const out = await probe(world.a.users[role].claims, (tx) => deleteWhere(tx, spec.table, where));
    if (spec.can.delete.includes(role)) expect(out).toEqual({ ok: true, value: 1 });
    else if (out.ok) expect(out.value).toBe(0);
    else expect(out.code).toBe(DENIED);
  });
});
