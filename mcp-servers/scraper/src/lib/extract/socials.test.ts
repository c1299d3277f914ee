import { describe, expect, it } from "vitest";
import { extractSocial } from "./index";
import { normalizeSocialUrl } from "./socials";

const url = (u: string) => normalizeSocialUrl(u)?.url;

describe("socials: normalization", () => {
  it.each([
    [
      "https://de.linkedin.com/company/Acme-GmbH/about/?trk=x",
      "https://www.linkedin.com/company/acme-gmbh",
    ],
    [
      "https://uk.linkedin.com/in/Jane-Doe-123?trk=public_profile",
      "https://www.linkedin.com/in/jane-doe-123",
    ],
    ["https://www.linkedin.com/school/tu-berlin/", "https://www.linkedin.com/school/tu-berlin"],
    ["https://twitter.com/AcmeHQ?s=21", "https://x.com/acmehq"],
    ["https://mobile.x.com/acmehq/", "https://x.com/acmehq"],
    ["https://m.facebook.com/acme.gmbh/?ref=footer", "https://www.facebook.com/acme.gmbh"],
    [
      "https://www.facebook.com/profile.php?id=100012345678&ref=x",
      "https://www.facebook.com/profile.php?id=100012345678",
    ],
    ["https://instagram.com/acme.de?igshid=abc", "https://www.instagram.com/acme.de"],
    ["https://www.youtube.com/@AcmeTV/videos", "https://www.youtube.com/@acmetv"],
    [
      "https://youtube.com/channel/UC1a2B3c4D5e6F7g8H9i0JkL",
      "https://www.youtube.com/channel/UC1a2B3c4D5e6F7g8H9i0JkL",
    ],
    ["https://www.youtube.com/user/AcmeVideos", "https://www.youtube.com/user/acmevideos"],
    ["https://github.com/acme-labs", "https://github.com/acme-labs"],
    ["https://www.tiktok.com/@acme.shop?lang=de", "https://www.tiktok.com/@acme.shop"],
    ["linkedin.com/company/acme", "https://www.linkedin.com/company/acme"],
    ["https://www.facebook.com/pg/AcmeGmbH/about/", "https://www.facebook.com/acmegmbh"],
    ["https://twitter.com/#!/AcmeGmbH", "https://x.com/acmegmbh"],
    ["https://www.youtube.com/AcmeGmbH", "https://www.youtube.com/acmegmbh"],
    ["https://github.com/orgs/acme-labs", "https://github.com/acme-labs"],
  ])("%s → %s", (input, expected) => {
    expect(url(input)).toBe(expected);
  });

  it.each([
    "https://www.facebook.com/sharer/sharer.php?u=https://acme.de",
    "https://www.facebook.com/dialog/share?app_id=1",
    "https://www.facebook.com/tr?id=123&ev=PageView",
    "https://twitter.com/intent/tweet?text=hi",
    "https://twitter.com/share?url=x",
    "https://x.com/home",
    "https://twitter.com/acme/status/1734567890",
    "https://www.linkedin.com/shareArticle?mini=true",
    "https://www.linkedin.com/sharing/share-offsite/?url=x",
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/",
    "https://www.instagram.com/p/CxYz123/",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://github.com/vercel/next.js",
    "https://github.com/features",
    "https://www.tiktok.com/@acme/video/123",
    "https://www.facebook.com/",
    "https://www.facebook.com/reel/123456",
    "https://www.linkedin.com/pub/dir/Jane/Doe",
    "https://www.youtube.com/redirect?q=x",
    "https://vm.tiktok.com/ZMabc/",
  ])("rejects %s", (input) => {
    expect(url(input)).toBeUndefined();
  });

  it("reads profile widgets: data-href, Facebook page plugins and rel=me", () => {
    const html = `<head><link rel="me" href="https://github.com/acme-labs"></head><div class="fb-page" data-href="https://www.facebook.com/acme.page/"></div>
      <iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Facmeshop&tabs=timeline"></iframe>`;
    expect(extractSocial(html, "https://acme.de/").map((s) => s.url)).toEqual([
      "https://github.com/acme-labs",
      "https://www.facebook.com/acme.page",
      "https://www.facebook.com/acmeshop",
    ]);
  });

  it("extracts, resolves and dedupes profile links and JSON-LD sameAs", () => {
    const html = `<a href="https://www.facebook.com/acme/">fb</a><a href="https://facebook.com/acme?ref=x">fb</a>
      <script type="application/ld+json">{"@type":"Organization","sameAs":["https://www.linkedin.com/company/acme/"]}</script>`;
    expect(extractSocial(html, "https://acme.de/").map((s) => [s.platform, s.url, s.kind])).toEqual(
      [
        ["facebook", "https://www.facebook.com/acme", undefined],
        ["linkedin", "https://www.linkedin.com/company/acme", "company"],
      ],
    );
  });
});
