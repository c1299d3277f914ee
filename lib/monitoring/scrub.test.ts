import { describe, expect, it } from "vitest";
import { scrub, scrubText } from "./scrub";

describe("scrub", () => {
  it("masks emails, phones and keys in free text", () => {
    const out = scrubText("mail jane@acme.io or call +49 30 1234567, key ls_live_abcDEF123");
    expect(out).not.toContain("jane@acme.io");
    expect(out).not.toContain("1234567");
    expect(out).not.toContain("ls_live_abcDEF123");
    expect(out).toContain("[email]");
  });

  it("redacts sensitive keys at any depth and keeps the rest", () => {
    const out = scrub({
      request: { headers: { cookie: "ls-access=x", "x-request-id": "r1" } },
      user: { email: "a@b.co" },
    });
    expect(out.request.headers.cookie).toBe("[redacted]");
    expect(out.request.headers["x-request-id"]).toBe("r1");
    expect(out.user.email).toBe("[redacted]");
  });
});
