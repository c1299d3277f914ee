import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody, sniffCharset } from "./charset";

describe("charset decoding", () => {
  it("prefers the BOM, then Content-Type, then <meta>, then UTF-8", () => {
    const meta = Buffer.from(`<meta charset="shift_jis">`);
    expect(
      sniffCharset(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), meta]),
        "text/html; charset=koi8-r",
      ),
    ).toBe("utf-8");
    expect(sniffCharset(meta, "text/html; charset=KOI8-R")).toBe("koi8-r");
    expect(sniffCharset(meta, "text/html")).toBe("shift_jis");
    expect(
      sniffCharset(
        Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">`),
      ),
    ).toBe("iso-8859-2");
    expect(sniffCharset(Buffer.from("<p>x</p>"), "text/html; charset=bogus-charset")).toBe("utf-8");
  });

  it("decodes legacy encodings, treating latin1 labels as windows-1252 like browsers do", () => {
    expect(
      decodeBody(iconv.encode("Müller – “Büro”", "windows-1252"), "text/html; charset=iso-8859-1")
        .text,
    ).toBe("Müller – “Büro”");
    expect(
      decodeBody(iconv.encode("株式会社", "shift_jis"), "text/html; charset=Shift_JIS").text,
    ).toBe("株式会社");
    expect(decodeBody(Buffer.from("\uFEFFhello"), undefined).text).toBe("hello");
  });
});

describe("charset labels a <meta> cannot mean", () => {
  it("reads a page whose <meta> claims UTF-16 as UTF-8, as the HTML standard says", () => {
    const page = Buffer.from(`<meta charset="utf-16"><p>Müller GmbH, info@mueller.de</p>`);
    expect(decodeBody(page, "text/html").text).toContain("Müller GmbH, info@mueller.de");
    expect(sniffCharset(Buffer.from(`<meta charset="UTF-16LE">`))).toBe("utf-8");
    expect(sniffCharset(Buffer.from(`<meta charset="x-user-defined">`))).toBe("windows-1252");
  });
});
