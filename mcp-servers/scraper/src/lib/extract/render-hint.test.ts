import { describe, expect, it } from "vitest";
import { extractPage } from "./index";

const reason = (html: string, url = "https://shop.example/") =>
  extractPage(`<html><head><title>Shop</title></head><body>${html}</body></html>`, url)
    .renderReason;
const prose = `<p>${"We roast coffee in small batches and ship it the same day. ".repeat(8)}</p>`;

describe("render hints: which pages render auto renders (#22 item 3)", () => {
  it.each([
    [
      "document.write of a mailto: from parts",
      `<script>document.write('<a href="mai' + 'lto:' + u + '@' + d + '">x</a>')</script>`,
    ],
    [
      "textContent with a character-code @",
      `<span id=m></span><script>m.textContent = a + String.fromCharCode(64) + b;</script>`,
    ],
    [
      "innerHTML with an entity @",
      `<span id=m></span><script>m.innerHTML = "info" + "&#64;" + "shop.example";</script>`,
    ],
    [
      "parts joined with @",
      `<a id=m></a><script>m.href = "mailto:" + ["info", "shop.example"].join("@");</script>`,
    ],
  ])("renders a page whose script assembles contact data: %s", (_label, script) => {
    expect(reason(prose + script)).toBe("assembled_contact");
  });

  it("renders a contact-like page whose scripts write into it and that shows no email", () => {
    const script = `<div id=c></div><script>c.innerHTML = atob("aW5mb0BzaG9wLmV4YW1wbGU=");</script>`;
    expect(reason(prose + script, "https://shop.example/kontakt")).toBe("scripted_contact_page");
    // The same page with its address in plain sight needs nothing more.
    expect(
      reason(`${prose}<p>info@roastery-beans.de</p>${script}`, "https://shop.example/kontakt"),
    ).toBeUndefined();
  });

  it.each([
    [
      "a tag-manager snippet",
      `<script>(function(w,d){var j=d.createElement("script");j.src="/gtm.js";d.head.appendChild(j)})(window,document)</script>`,
    ],
    [
      "a cookie banner on an ordinary page",
      `<div id=b></div><script>b.innerHTML = "<p>Cookies</p>";</script>`,
    ],
    [
      "configuration holding an address but writing nothing",
      `<script>var cfg = {"support":"help@shop.example"};</script>`,
    ],
    ["an external script", `<script src="/app.js"></script>`],
    ["JSON data", `<script type="application/json">{"mail":"a" + "@" + "b"}</script>`],
  ])("does not render a plain page with %s", (_label, script) => {
    expect(reason(prose + script)).toBeUndefined();
  });

  it("still renders empty app shells", () => {
    expect(reason(`<div id="root"></div><script src="/bundle.js"></script>`)).toBe("app_shell");
  });
});
