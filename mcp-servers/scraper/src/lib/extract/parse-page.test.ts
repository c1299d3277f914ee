import { describe, expect, it } from "vitest";
import { absoluteHttpUrl, siteLinkResolver } from "./page-links";

describe("siteLinkResolver", () => {
  it("resolves every link exactly as the URL parser does", () => {
    const hrefs = [
      "/",
      "/team",
      "/p/12",
      "/Über-uns",
      "/a/./b",
      "/a/../b",
      "/a/b.",
      "/.well-known/x",
      "//cdn.example.com/x",
      "/x?y=1",
      "/x#top",
      "/x%20y",
      "/x\\y",
      "team",
      "../up",
      "#only",
      "mailto:a@b.de",
      "https://other.example.com/x",
      "",
    ];
    const bases = [
      "http://127.0.0.1:8080/dir/page",
      "https://WWW.Acme.DE:443/",
      "http://user:pw@acme.de/",
      "about:blank",
    ];
    for (const base of bases) {
      const resolve = siteLinkResolver(base);
      for (const href of hrefs)
        expect(resolve(href), `${base} + ${href}`).toBe(absoluteHttpUrl(href, base));
    }
  });
});
