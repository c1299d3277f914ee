import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeKeysetCursor, encodeKeysetCursor } from "./cursor";

const id = "3f2c1a9e-8b7d-4c6e-9f10-123456789abc";

describe("keyset cursors", () => {
  it("round-trips and is opaque base64url", () => {
    const raw = encodeKeysetCursor({ sort: "-score", value: 42, id });
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(raw, "-score")).toEqual({ sort: "-score", value: 42, id });
  });

  it("refuses garbage, wrong shapes and a cursor of another sort as a 422 on `cursor`", () => {
    const other = encodeKeysetCursor({ sort: "score", value: 1, id });
    for (const raw of ["", "%%%", Buffer.from("[1,2]").toString("base64url"), other]) {
      let err: unknown;
      try {
        decodeKeysetCursor(raw, "-score");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(422);
      expect((err as AppError).fields?.cursor).toBeDefined();
    }
  });
});
