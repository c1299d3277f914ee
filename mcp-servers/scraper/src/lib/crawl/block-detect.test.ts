import { describe, expect, it } from "vitest";
import { judgePage } from "./block-detect";

const filler = "<p>Our bakery has served the town since 1921.</p>".repeat(200);

describe("judgePage", () => {
  it("calls challenge pages blocked, whatever their status", () => {
    expect(
      judgePage(200, "<title>Just a moment...</title><script>_cf_chl_opt={}</script>").kind,
    ).toBe("blocked");
    expect(judgePage(403, "<html><body>Access denied</body></html>").kind).toBe("blocked");
    expect(judgePage(200, `<div class="g-recaptcha"></div>`).kind).toBe("blocked");
    expect(
      judgePage(200, `<script src="https://geo.captcha-delivery.com/captcha/"></script>${filler}`)
        .kind,
    ).toBe("blocked");
  });

  it("does not call an ordinary page with a reCAPTCHA form or Cloudflare's bot script blocked", () => {
    expect(judgePage(200, `${filler}<div class="g-recaptcha"></div>`).kind).toBe("ok");
    expect(
      judgePage(
        200,
        `${filler}<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>`,
      ).kind,
    ).toBe("ok");
  });

  it("maps 404/410 to not_found and other errors to error", () => {
    expect(judgePage(404, "nope").kind).toBe("not_found");
    expect(judgePage(410, "gone").kind).toBe("not_found");
    expect(judgePage(500, "oops").kind).toBe("error");
  });
});
