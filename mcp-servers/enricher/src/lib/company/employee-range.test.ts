import { describe, expect, it } from "vitest";
import { employeeRangeOf } from "./employee-range";

describe("employeeRangeOf", () => {
  it("maps every provider's way of saying headcount onto one scale", () => {
    expect(employeeRangeOf(42)).toBe("11-50");
    expect(employeeRangeOf("11-50")).toBe("11-50");
    expect(employeeRangeOf("201 to 500")).toBe("201-500");
    expect(employeeRangeOf("10,001+")).toBe("10001+");
    expect(employeeRangeOf({ "@type": "QuantitativeValue", value: 120 })).toBe("51-200");
    expect(employeeRangeOf({ minValue: 2, maxValue: 9 })).toBe("1-10");
    expect(employeeRangeOf("lots")).toBeUndefined();
    expect(employeeRangeOf(0)).toBeUndefined();
  });
});
