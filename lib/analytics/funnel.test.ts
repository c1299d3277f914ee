import { describe, expect, it } from "vitest";
import { conversionFrom } from "./funnel";

describe("stage conversion from history", () => {
  it("lists every stage of the path in order with its next stage and the share that went on", () => {
    expect(
      conversionFrom([
        { stage: "qualified", reached: 4, advanced: 1 },
        { stage: "new", reached: 10, advanced: 5 },
        { stage: "contacted", reached: 5, advanced: 4 },
        { stage: "won", reached: 2, advanced: 0 },
      ]),
    ).toEqual([
      { stage: "new", reached: 10, next: "contacted", advanced: 5, rate: 0.5 },
      { stage: "contacted", reached: 5, next: "qualified", advanced: 4, rate: 0.8 },
      { stage: "qualified", reached: 4, next: "proposal", advanced: 1, rate: 0.25 },
      { stage: "proposal", reached: 0, next: "won", advanced: 0, rate: null },
      { stage: "won", reached: 2, next: null, advanced: 0, rate: null },
    ]);
  });

  it("gives no rate where no lead reached the stage, rather than dividing by zero", () => {
    expect(conversionFrom([]).map((s) => s.rate)).toEqual([null, null, null, null, null]);
  });
});
