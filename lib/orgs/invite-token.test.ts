import { describe, expect, it } from "vitest";
import { hashInviteToken, inviteLink, newInviteToken } from "./invite-token";
import { ZInviteTokenSchema } from "./schemas";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url and pass the link schema", () => {
    const { token, tokenHash } = newInviteToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(ZInviteTokenSchema.safeParse(token).success).toBe(true);
    expect(tokenHash).toBe(hashInviteToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
  });

  it("never repeat", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newInviteToken().token));
    expect(seen.size).toBe(200);
  });

  it("build links without doubled slashes", () => {
    expect(inviteLink("https://app.example.com/", "abc")).toBe(
      "https://app.example.com/invite/abc",
    );
  });
});
