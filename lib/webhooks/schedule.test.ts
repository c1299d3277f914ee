import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from "./schedule";

describe("parseRetrySchedule", () => {
  it("reads the default schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h", () => {
    expect(parseRetrySchedule(DEFAULT_RETRY_SCHEDULE)).toEqual([
      0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
    ]);
  });

  it("takes milliseconds and spaces, for tests and demos", () => {
    expect(parseRetrySchedule("0s, 100ms,1.5s,2m")).toEqual([0, 100, 1500, 120_000]);
  });

  it("refuses what it cannot read", () => {
    expect(() => parseRetrySchedule("0s,5")).toThrow(/"5" is not a delay/);
    expect(() => parseRetrySchedule("")).toThrow();
    expect(() => parseRetrySchedule("-1s")).toThrow();
  });
});
