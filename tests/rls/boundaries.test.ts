import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { asServiceRole } from "@/lib/db";
import { useTestDb } from "../helpers/db";
import { selectCount, updateWhere, visibleValues } from "./dynamic-sql";
import { DENIED, probe, probeAnon, seedWorld, type World } from "./fixtures";
import { SPECIAL_TABLES, TABLE_SPECS } from "./table-specs";

useTestDb();

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const publicTables = () =>
  asServiceRole(async (tx) => {
    const res = await sql<{ name: string; rls: boolean }>`
      select c.relname as name, c.relrowsecurity as rls from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`.execute(tx);
    return res.rows;
  });

describe("coverage", () => {
  it("every public table has isolation tests: add a table, add it to table-specs.ts", async () => {
    const tested = [...TABLE_SPECS.map((s) => s.table), ...Object.keys(SPECIAL_TABLES)].sort();
    expect((await publicTables()).map((t) => t.name)).toEqual(tested);
  });

  it("row-level security is enabled on every public table", async () => {
    const without = (await publicTables()).filter((t) => !t.rls).map((t) => t.name);
    expect(without).toEqual([]);
  });
});

describe("anon", () => {
  it.each([...TABLE_SPECS.map((s) => s.table), ...Object.keys(SPECIAL_TABLES)])(
    "reads nothing from %s",
    async (table) => {
      const out = await probeAnon((tx) =>
        visibleValues(
          tx,
          table,
          table === "schema_migrations"
            ? "name"
            : table === "profiles" || table === "organizations" || table === "dev_mail"
              ? "id"
              : "org_id",
        ),
      );
      if (out.ok) expect(out.value).toEqual([]);
      else expect(out.code).toBe(DENIED);
    },
  );

  it("cannot create an organization", async () => {
    const out = await probeAnon((tx) =>
      sql`select public.create_organization('x', 'anon-org')`.execute(tx),
    );
    expect(out.ok).toBe(false);
  });
});

describe("auth schema", () => {
  it.each(["auth.users", "auth.local_refresh_tokens", "auth.local_sign_in_attempts"])(
    "%s is unreachable for authenticated",
    async (table) => {
      const out = await probe(world.a.users.admin.claims, (tx) =>
        sql`select count(*) from ${sql.table(table)}`.execute(tx),
      );
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.code).toBe(DENIED);
    },
  );

  it("schema_migrations is unreachable for authenticated", async () => {
    const out = await probe(world.a.users.admin.claims, (tx) =>
      sql`select count(*) from public.schema_migrations`.execute(tx),
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.code).toBe(DENIED);
  });
});

describe("profiles", () => {
  it("a user sees their own profile and their teammates', never another tenant's", async () => {
    const out = await probe(world.a.users.viewer.claims, (tx) =>
      visibleValues(tx, "profiles", "id"),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toEqual(
      expect.arrayContaining(Object.values(world.a.users).map((u) => u.id)),
    );
    for (const u of [...Object.values(world.b.users), world.outsider])
      expect(out.value).not.toContain(u.id);
  });

  it("the outsider sees only themself", async () => {
    const out = await probe(world.outsider.claims, (tx) => visibleValues(tx, "profiles", "id"));
    expect(out).toEqual({ ok: true, value: [world.outsider.id] });
  });

  it("a user edits only their own profile", async () => {
    const own = await probe(world.a.users.member.claims, (tx) =>
      updateWhere(tx, "profiles", { id: world.a.users.member.id }, { full_name: "Me" }),
    );
    expect(own).toEqual({ ok: true, value: 1 });
    for (const other of [world.a.users.admin, world.b.users.admin]) {
      const out = await probe(world.a.users.member.claims, (tx) =>
        updateWhere(tx, "profiles", { id: other.id }, { full_name: "Forged" }),
      );
      expect(out).toEqual({ ok: true, value: 0 });
    }
  });

  it("current organization can only be one the user belongs to", async () => {
    const me = world.a.users.member;
    const ok = await probe(me.claims, (tx) =>
      updateWhere(tx, "profiles", { id: me.id }, { current_org_id: world.a.id }),
    );
    expect(ok).toEqual({ ok: true, value: 1 });
    const bad = await probe(me.claims, (tx) =>
      updateWhere(tx, "profiles", { id: me.id }, { current_org_id: world.b.id }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.code).toBe(DENIED);
  });
});

describe("roles", () => {
  it("the database refuses a job insert from a viewer", async () => {
    const viewer = world.a.users.viewer;
    const out = await probe(viewer.claims, (tx) =>
      tx
        .insertInto("scraping_jobs")
        .values({ org_id: world.a.id, created_by: viewer.id, type: "single" })
        .execute(),
    );
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.code).toBe(DENIED);
      expect(out.message).toMatch(/row-level security/);
    }
    const count = await asServiceRole((tx) =>
      selectCount(tx, "scraping_jobs", { org_id: world.a.id, created_by: viewer.id }),
    );
    expect(count).toBe(0);
  });

  it("a member cannot create a job in someone else's name", async () => {
    const out = await probe(world.a.users.member.claims, (tx) =>
      tx
        .insertInto("scraping_jobs")
        .values({ org_id: world.a.id, created_by: world.a.users.admin.id, type: "single" })
        .execute(),
    );
    expect(out.ok).toBe(false);
  });

  it("a member cannot promote themself", async () => {
    const m = world.a.users.member;
    const out = await probe(m.claims, (tx) =>
      updateWhere(tx, "team_members", { org_id: world.a.id, user_id: m.id }, { role: "admin" }),
    );
    expect(out).toEqual({ ok: true, value: 0 });
  });

  it("anyone may leave an organization", async () => {
    const v = world.a.users.viewer;
    const out = await probe(v.claims, (tx) =>
      tx
        .deleteFrom("team_members")
        .where("org_id", "=", world.a.id)
        .where("user_id", "=", v.id)
        .returning("user_id")
        .execute(),
    );
    expect(out.ok && out.value.length).toBe(1);
  });

  it("the last admin can neither leave nor be demoted", async () => {
    const admin = world.a.users.admin;
    const leave = await probe(admin.claims, (tx) =>
      tx
        .deleteFrom("team_members")
        .where("org_id", "=", world.a.id)
        .where("user_id", "=", admin.id)
        .execute(),
    );
    expect(leave.ok).toBe(false);
    const demote = await probe(admin.claims, (tx) =>
      updateWhere(
        tx,
        "team_members",
        { org_id: world.a.id, user_id: admin.id },
        { role: "member" },
      ),
    );
    expect(demote.ok).toBe(false);
  });

  it("a child row cannot point at another tenant's parent", async () => {
    // A member of A writing a lead of A that claims a job of B: the (job_id, org_id) key refuses it.
    const out = await probe(world.a.users.member.claims, (tx) =>
      tx
        .insertInto("scraped_leads")
        .values({ org_id: world.a.id, job_id: world.b.rows.job, dedupe_key: "cross-ref" })
        .execute(),
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.code).toBe("23503");
  });

  it("the service role sees both tenants (workers)", async () => {
    const tenants = await asServiceRole((tx) => visibleValues(tx, "scraping_jobs", "org_id"));
    expect(tenants).toEqual(expect.arrayContaining([world.a.id, world.b.id]));
  });
});
