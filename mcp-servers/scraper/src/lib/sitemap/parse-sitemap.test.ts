import { describe, expect, it } from "vitest";
import { parseSitemap } from "./parse-sitemap";

describe("parseSitemap", () => {
  it("reads urlsets and indexes, ignoring image/video <loc>s", () => {
    const urlset = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
      <url><loc> https://a.test/ </loc><image:image><image:loc>https://a.test/i.png</image:loc></image:image></url>
      <url><loc><![CDATA[https://a.test/about?x=1&y=2]]></loc></url></urlset>`;
    expect(parseSitemap(urlset, 100)).toEqual({
      kind: "urlset",
      locs: ["https://a.test/", "https://a.test/about?x=1&y=2"],
      truncated: false,
    });
    expect(
      parseSitemap(
        `<sitemapindex><sitemap><loc>https://a.test/s1.xml</loc></sitemap></sitemapindex>`,
        100,
      ),
    ).toMatchObject({ kind: "index", locs: ["https://a.test/s1.xml"] });
  });

  it("stops at the cap and reads text sitemaps", () => {
    const many = `<urlset>${Array.from({ length: 100 }, (_, i) => `<url><loc>https://a.test/${i}</loc></url>`).join("")}</urlset>`;
    expect(parseSitemap(many, 10)).toMatchObject({
      truncated: true,
      locs: expect.arrayContaining(["https://a.test/9"]),
    });
    expect(parseSitemap(many, 10).locs).toHaveLength(10);
    expect(parseSitemap("https://a.test/x\nnot a url\nhttps://a.test/y\n", 10)).toEqual({
      kind: "text",
      locs: ["https://a.test/x", "https://a.test/y"],
      truncated: false,
    });
  });

  it("refuses entity expansion and keeps what came before a break", () => {
    const laughs = `<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset><url><loc>https://a.test/1</loc></url><url><loc>&b;</loc></url></urlset>`;
    const out = parseSitemap(laughs, 100);
    expect(out.error).toMatch(/Malformed sitemap XML/);
    expect(out.locs).toEqual(["https://a.test/1"]);
  });
});
