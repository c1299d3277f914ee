import { describe, expect, it } from "vitest";
import { parseSiteInput } from "./domain";

const none = new Set<string>();

describe("parseSiteInput", () => {
  it("normalises bare domains and URLs to one key", () => {
    const a = parseSiteInput("Acme.com", none);
    const b = parseSiteInput("https://www.acme.com/about?x=1", none);
    expect(a).toMatchObject({ ok: true, site: { domain: "acme.com", key: "acme.com" } });
    expect(b).toMatchObject({ ok: true, site: { domain: "acme.com", key: "acme.com" } });
    if (a.ok) expect(a.site.origins).toEqual(["https://acme.com", "http://acme.com"]);
    if (b.ok) expect(b.site.origins).toEqual(["https://www.acme.com"]);
  });

  it("turns IDN domains into punycode", () => {
    const r = parseSiteInput("bücher.de", none);
    expect(r).toMatchObject({ ok: true, site: { domain: "xn--bcher-kva.de" } });
  });

  it("refuses IPs, bad labels, unknown suffixes and other schemes", () => {
    for (const bad of ["10.0.0.1", "-acme.com", "acme", "acme.notarealtld", "ftp://acme.com", ""]) {
      const r = parseSiteInput(bad, none);
      expect(r.ok, bad).toBe(false);
    }
  });

  it("lets allowlisted loopback hosts through with their port in the key", () => {
    const r = parseSiteInput("http://127.0.0.1:4321", new Set(["127.0.0.1"]));
    expect(r).toMatchObject({
      ok: true,
      site: { domain: "127.0.0.1", key: "127.0.0.1:4321", origins: ["http://127.0.0.1:4321"] },
    });
  });
});
