import { describe, expect, it } from "vitest";
import { extractPage } from "./index";

describe("extractPage: company, address, links, script-built pages", () => {
  it("prefers JSON-LD Organization, then og:site_name, then the cleaned title", () => {
    const ld = `<script type="application/ld+json">{"@type":"Corporation","name":"Acme GmbH"}</script>`;
    expect(
      extractPage(`<head><title>Home | Other</title>${ld}</head>`, "https://acme.de/").company.name,
    ).toBe("Acme GmbH");
    expect(
      extractPage(
        `<head><meta property="og:site_name" content="Acme"><title>x</title></head>`,
        "https://acme.de/",
      ).company.name,
    ).toBe("Acme");
    expect(
      extractPage(`<title>Kontakt – Acme Werkzeuge GmbH</title>`, "https://www.acme-werkzeuge.de/")
        .company.name,
    ).toBe("Acme Werkzeuge GmbH");
    expect(extractPage(`<title>Welcome | Brightpath</title>`, "https://x.io/").company.name).toBe(
      "Brightpath",
    );
  });
  it("takes the description from meta and the address from JSON-LD or <address>", () => {
    const r = extractPage(
      `<meta name="description" content=" Tools  since 1950 "><address>Hauptstr. 1<br>10115 Berlin</address>`,
      "https://acme.de/",
    );
    expect(r.company.description).toBe("Tools since 1950");
    expect(r.address).toBe("Hauptstr. 1 10115 Berlin");
  });
  it("returns absolute http(s) links without fragments, for the crawler to rank", () => {
    const r = extractPage(
      `<base href="https://acme.de/de/"><a href="kontakt#form">Kontakt</a><a href="mailto:a@acme.de">m</a><a href="/impressum"><img alt="Impressum"></a>`,
      "https://acme.de/",
    );
    expect(r.links).toEqual([
      { href: "https://acme.de/de/kontakt", text: "Kontakt" },
      { href: "https://acme.de/impressum", text: "Impressum" },
    ]);
  });
  it("flags empty app shells as script-built but not server-rendered apps", () => {
    expect(
      extractPage(
        `<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div></body>`,
        "https://a.io/",
      ).looksScriptBuilt,
    ).toBe(true);
    expect(
      extractPage(
        `<body><div id="__next"><h1>Contact</h1><p>${"Real server-rendered content. ".repeat(3)}</p></div></body>`,
        "https://a.io/",
      ).looksScriptBuilt,
    ).toBe(false);
  });
});
