import { describe, expect, it } from "vitest";
import { Frontier } from "./frontier";

describe("Frontier", () => {
  it("pops the best score first and, among equals, the earliest discovered", () => {
    const f = new Frontier();
    const scores = [5, 100, 5, 70, -3, 100, 90, 5];
    scores.forEach((score, order) => f.push({ url: `u${order}`, score, depth: 1, order }));
    const out: string[] = [];
    while (f.size) out.push(f.pop()!.url);
    expect(out).toEqual(["u1", "u5", "u6", "u3", "u0", "u2", "u7", "u4"]);
    expect(f.pop()).toBeUndefined();
  });
});
