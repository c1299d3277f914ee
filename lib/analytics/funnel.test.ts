import { describe, expect, it } from "vitest";
import { conversionOf, reachedFromCurrentStages } from "./funnel";

describe("stage conversion from current stages", () => {
  it("counts a lead at every stage it passed; lost and archived leads only at new", () => {
    const reached = reachedFromCurrentStages([
      { stage: "new", leads: 4 },
      { stage: "contacted", leads: 3 },
      { stage: "qualified", leads: 2 },
      { stage: "proposal", leads: 0 },
      { stage: "won", leads: 1 },
      { stage: "lost", leads: 5 },
      { stage: "archived", leads: 1 },
    ]);
    expect(reached).toEqual({ new: 16, contacted: 6, qualified: 3, proposal: 1, won: 1 });
  });

  it("gives no rate where the previous stage had no leads, rather than dividing by zero", () => {
    expect(conversionOf({ new: 2, contacted: 0, qualified: 0, proposal: 0, won: 0 })).toEqual([
      { stage: "new", reached: 2, rate: null },
      { stage: "contacted", reached: 0, rate: 0 },
      { stage: "qualified", reached: 0, rate: null },
      { stage: "proposal", reached: 0, rate: null },
      { stage: "won", reached: 0, rate: null },
    ]);
  });
});
