import { describe, expect, it } from "vitest";
import { extractEmails } from "./index";
import { decodeCfEmail } from "./email-obfuscation";
import { validEmail } from "./email-rules";
import { emailsInText } from "./emails";

const values = (html: string) => extractEmails(html, "https://acme.de/").map((e) => e.value);

describe("emails: sources", () => {
  it("reads mailto with query, percent-encoding and several recipients", () => {
    expect(
      values(
        `<a href="mailto:Sales%40Acme.de?subject=Hi%20there">x</a><a href="MAILTO:a@acme.de,b@acme.de">y</a>`,
      ),
    ).toEqual(["sales@acme.de", "a@acme.de", "b@acme.de"]);
  });
  it("decodes HTML entities and Cloudflare data-cfemail", () => {
    const hex =
      "42" +
      [..."info@acme.de"]
        .map((c) => (c.charCodeAt(0) ^ 0x42).toString(16).padStart(2, "0"))
        .join("");
    expect(decodeCfEmail(hex)).toBe("info@acme.de");
    expect(
      values(
        `<p>&#106;&#111;&#64;acme&#46;de</p><span data-cfemail="${hex}">[email&#160;protected]</span>`,
      ),
    ).toEqual(["info@acme.de", "jo@acme.de"]);
  });
  it("undoes [at]/(at)/{at}/spelled-out obfuscation", () => {
    expect(
      emailsInText(
        "a [at] acme [dot] de, b(at)acme.de, c{at}acme{dot}co{dot}uk, d at acme dot com, e @ acme.fr",
      ),
    ).toEqual(["a@acme.de", "b@acme.de", "c@acme.co.uk", "d@acme.com", "e@acme.fr"]);
  });
  it("reads JSON-LD email and contactPoint, lowercased and deduplicated", () => {
    const html = `<script type="application/ld+json">{"@type":"Organization","email":"mailto:Info@Acme.de","contactPoint":{"@type":"ContactPoint","email":"info@acme.de"}}</script>`;
    expect(values(html)).toEqual(["info@acme.de"]);
  });
});

describe("emails: no-JS fallbacks", () => {
  it("reads the plain address a site shows in <noscript>", () => {
    expect(
      values(`<script>document.write("…")</script><noscript>E-Mail: info [at] acme.de</noscript>`),
    ).toEqual(["info@acme.de"]);
  });
});

describe("emails: traps", () => {
  it.each([
    ["image names", `<img src="logo@2x.png" alt="logo@2x.png"><p>icon@3x.webp</p>`],
    [
      "form placeholders",
      `<input placeholder="you@yourcompany.com"><p>e.g. you@yourcompany.com, name@example.com, jane@company.com</p>`,
    ],
    ["package versions", `<p>npm i react@18.2.0 @scope/pkg@1.2.3</p>`],
    ["git remotes", `<p>git clone git@github.com:acme/site.git</p>`],
    [
      "DSN URLs",
      `<p>https://4f9a1b2c3d4e5f60718293a4b5c6d7e8@o1.ingest.sentry.io/1 and ftp://user@files.acme.de/x</p>`,
    ],
    ["HTML comments", `<!-- old@acme.de --><p>nothing here</p>`],
    [
      "script and style content",
      `<script>var c="js@acme.de"</script><style>/* css@acme.de */</style>`,
    ],
    ["code samples", `<pre><code>config.email = "sample@acme.de"</code></pre>`],
    ["unknown TLDs", `<p>a@b.notatld  x@y.z</p>`],
  ])("never reports %s", (_label, html) => {
    expect(values(html)).toEqual([]);
  });
  it("rejects hashes, noreply commit addresses and placeholder locals", () => {
    expect(validEmail("0123456789abcdef0123456789abcdef@errors.acme.de")).toBeUndefined();
    expect(validEmail("123+dev@users.noreply.github.com")).toBeUndefined();
    expect(validEmail("firstname.lastname@acme.de")).toBeUndefined();
    expect(validEmail("Jane.Smith@Acme.co.uk")).toBe("jane.smith@acme.co.uk");
  });
  it("cuts a word glued on by adjacent inline elements", () => {
    expect(values(`<p><span>info@acme.de</span><span>Telefon</span></p>`)).toEqual([
      "info@acme.de",
    ]);
  });
});
