import { describe, expect, it } from "vitest";
import { MAX_FORM_AGE_MS, MIN_SUBMIT_MS, FILE_LINK_TTL_MS } from "@/lib/inbound/signing";
import { checkFileLink, checkFormToken, issueFormToken, signFileLink } from "@/lib/inbound";

const FORM = "5e2d8c1a-7b4f-4a3e-9c6d-1f0e2b3a4c5d";
const OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

describe("the form page's signed time", () => {
  const t0 = 1_800_000_000_000;
  it("accepts a submission a human could have typed, against the server's clock", () => {
    expect(checkFormToken(FORM, issueFormToken(FORM, t0), t0 + MIN_SUBMIT_MS)).toBe("ok");
  });
  it("refuses one sent too quickly, an old page, another form's token and a forged time", () => {
    const token = issueFormToken(FORM, t0);
    expect(checkFormToken(FORM, token, t0 + MIN_SUBMIT_MS - 1)).toBe("too_fast");
    expect(checkFormToken(FORM, token, t0 + MAX_FORM_AGE_MS + 1)).toBe("expired");
    expect(checkFormToken(OTHER, token, t0 + 10_000)).toBe("invalid");
    // A client claiming its page is older than it is: the signature no longer matches.
    const forged = token.replace(String(t0), String(t0 - 60_000));
    expect(checkFormToken(FORM, forged, t0 + 10_000)).toBe("invalid");
    expect(checkFormToken(FORM, undefined, t0)).toBe("missing");
  });
});

describe("file links", () => {
  const now = 1_800_000_000_000;
  it("are good until they expire, for their own submission only", () => {
    const { exp, sig } = signFileLink(FORM, now);
    expect(checkFileLink(FORM, exp, sig, now + FILE_LINK_TTL_MS - 1)).toBe("ok");
    expect(checkFileLink(FORM, exp, sig, now + FILE_LINK_TTL_MS + 1)).toBe("expired");
    expect(checkFileLink(OTHER, exp, sig, now)).toBe("invalid");
    // Stretching the expiry breaks the signature.
    expect(checkFileLink(FORM, String(Number(exp) + 3_600_000), sig, now)).toBe("invalid");
    expect(checkFileLink(FORM, null, sig, now)).toBe("invalid");
  });
});
