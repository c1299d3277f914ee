import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/db";
import { deleteWhere, insertRow, selectCount, updateWhere, visibleValues } from "./dynamic-sql";
import {
  DENIED,
  ROLES,
  probe,
  seedWorld,
  type Actor,
  type OrgFixture,
  type Role,
  type World,
} from "./fixtures";
import { TABLE_SPECS } from "./table-specs";

// Every role of one organization, and a signed-in user of none, against the other organization's
// rows in every table: nothing is visible, nothing changes, nothing can be written into it.
useTestDb();

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

interface Attacker {
  label: string;
  actor: () => Actor;
  role: Role | "outsider";
  ownOrgs: () => string[];
  victim: () => OrgFixture;
}

const attackers: Attacker[] = [
  ...ROLES.flatMap((role): Attacker[] => [
    {
      label: `A ${role} → B`,
      actor: () => world.a.users[role],
      role,
      ownOrgs: () => [world.a.id],
      victim: () => world.b,
    },
    {
      label: `B ${role} → A`,
      actor: () => world.b.users[role],
      role,
      ownOrgs: () => [world.b.id],
      victim: () => world.a,
    },
  ]),
  {
    label: "outsider → A",
    actor: () => world.outsider,
    role: "outsider",
    ownOrgs: () => [],
    victim: () => world.a,
  },
  {
    label: "outsider → B",
    actor: () => world.outsider,
    role: "outsider",
    ownOrgs: () => [],
    victim: () => world.b,
  },
];

describe.each(TABLE_SPECS.map((s) => [s.table, s] as const))("%s across tenants", (_name, spec) => {
  it.each(attackers.map((a) => [a.label, a] as const))(
    "%s: sees nothing of the other tenant",
    async (_l, att) => {
      const out = await probe(att.actor().claims, async (tx) => ({
        tenants: await visibleValues(tx, spec.table, spec.tenantColumn),
        target: await selectCount(tx, spec.table, spec.target(att.victim(), att.role).where),
      }));
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      expect(out.value.target).toBe(0);
      // Every visible row belongs to one of the caller's organizations, and to none of the two seeded
      // tenants unless the caller is a member (other test files may share a Postgres).
      const seeded = [world.a.id, world.b.id];
      for (const t of out.value.tenants) {
        if (seeded.includes(t)) expect(att.ownOrgs()).toContain(t);
      }
      expect(out.value.tenants).not.toContain(att.victim().id);
    },
  );

  it.each(attackers.map((a) => [a.label, a] as const))(
    "%s: update changes no row",
    async (_l, att) => {
      const { where, set } = spec.target(att.victim(), att.role);
      const out = await probe(att.actor().claims, (tx) => updateWhere(tx, spec.table, where, set));
      if (out.ok) expect(out.value).toBe(0);
      else expect(out.code).toBe(DENIED);
    },
  );

  it.each(attackers.map((a) => [a.label, a] as const))(
    "%s: delete removes no row",
    async (_l, att) => {
      const { where } = spec.target(att.victim(), att.role);
      const out = await probe(att.actor().claims, (tx) => deleteWhere(tx, spec.table, where));
      if (out.ok) expect(out.value).toBe(0);
      else expect(out.code).toBe(DENIED);
    },
  );

  it.each(attackers.map((a) => [a.label, a] as const))("%s: insert is denied", async (_l, att) => {
    const out = await probe(att.actor().claims, (tx) =>
      insertRow(tx, spec.table, spec.newRow(att.victim(), att.actor())),
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.code).toBe(DENIED);
  });
});
