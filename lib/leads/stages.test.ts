import { describe, expect, it } from "vitest";
import { LEAD_STAGES } from "./lead-query-schemas";
import {
  allowedNextStages,
  canMoveStage,
  isReopen,
  refusedMoveMessage,
  STAGE_TRANSITIONS,
} from "./stages";

describe("the pipeline's stage machine", () => {
  it("walks forward one step at a time, new to won", () => {
    const path = ["new", "contacted", "qualified", "proposal", "won"] as const;
    for (let i = 1; i < path.length; i++) expect(canMoveStage(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("refuses jumps, steps back and moves out of a closed deal except reopening", () => {
    expect(canMoveStage("new", "won")).toBe(false);
    expect(canMoveStage("new", "qualified")).toBe(false);
    expect(canMoveStage("proposal", "contacted")).toBe(false);
    expect(canMoveStage("won", "lost")).toBe(false);
    expect(canMoveStage("won", "proposal")).toBe(false);
    expect(canMoveStage("archived", "won")).toBe(false);
    expect(canMoveStage("new", "new")).toBe(false);
  });

  it("reopens won and lost deals, restores archived leads to new, archives from anywhere", () => {
    expect(canMoveStage("won", "qualified")).toBe(true);
    expect(canMoveStage("lost", "contacted")).toBe(true);
    expect(canMoveStage("lost", "qualified")).toBe(true);
    expect(canMoveStage("archived", "new")).toBe(true);
    expect(isReopen("won", "qualified")).toBe(true);
    expect(isReopen("qualified", "proposal")).toBe(false);
    for (const s of LEAD_STAGES)
      if (s !== "archived") expect(canMoveStage(s, "archived"), s).toBe(true);
  });

  it("covers every stage and only ever names real stages", () => {
    expect(Object.keys(STAGE_TRANSITIONS).sort()).toEqual([...LEAD_STAGES].sort());
    for (const s of LEAD_STAGES) {
      expect(allowedNextStages(s).length).toBeGreaterThan(0);
      for (const to of allowedNextStages(s)) expect(LEAD_STAGES).toContain(to);
      expect(allowedNextStages(s)).not.toContain(s);
    }
  });

  it("says what is allowed from the current stage when a move is refused", () => {
    expect(refusedMoveMessage("new", "won")).toBe(
      "A lead in stage new cannot move to won; from new it can move to contacted, lost or archived",
    );
    expect(refusedMoveMessage("archived", "won")).toBe(
      "A lead in stage archived cannot move to won; from archived it can move to new",
    );
  });
});
