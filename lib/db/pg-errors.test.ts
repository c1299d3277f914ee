import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPolicyRefusal, isUniqueViolation, pgErrorCode } from "./pg-errors";

// The predicates against errors a real database throws, not hand-made objects.
let pg: PGlite;
const thrown = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: unknown) => err,
  );

beforeAll(async () => {
  pg = await PGlite.create();
  await pg.exec(`
    create table notes (id int primary key, slug text constraint notes_slug_key unique);
    insert into notes values (1, 'a');
    create role reader nologin;
  `);
}, 120_000); // starting PGlite takes seconds on a loaded machine
afterAll(() => pg?.close());

describe("Postgres error predicates", () => {
  it("name a duplicate key, and which constraint refused it", async () => {
    const err = await thrown(pg.query("insert into notes values (2, 'a')"));
    expect(pgErrorCode(err)).toBe("23505");
    expect(isUniqueViolation(err)).toBe(true);
    expect(isUniqueViolation(err, "notes_slug_key")).toBe(true);
    expect(isUniqueViolation(err, "notes_pkey")).toBe(false);
    expect(isPolicyRefusal(err)).toBe(false);
  });

  it("name a statement refused for the caller's role", async () => {
    const err = await thrown(
      pg.transaction(async (tx) => {
        await tx.query("set local role reader");
        await tx.query("insert into notes values (3, 'c')");
      }),
    );
    expect(isPolicyRefusal(err)).toBe(true);
    expect(isUniqueViolation(err)).toBe(false);
  });

  it("say no to anything that is not a database error", () => {
    for (const err of [undefined, null, "23505", new Error("boom"), { code: 23505 }]) {
      expect(isUniqueViolation(err)).toBe(false);
      expect(isPolicyRefusal(err)).toBe(false);
    }
  });
});
