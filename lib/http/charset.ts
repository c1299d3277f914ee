import iconv from "iconv-lite";

// Encoding sniffing in the order browsers use: BOM, Content-Type charset, <meta> in the first
// 1024 bytes, then UTF-8. iconv-lite decodes the legacy encodings small sites still serve.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
// A <meta> read as ASCII cannot truly mean a 16- or 32-bit encoding, so the HTML standard's
// prescan reads such pages as UTF-8 (and x-user-defined as windows-1252).
const META_OVERRIDES: Record<string, string> = {
  "x-user-defined": "windows-1252",
  ...Object.fromEntries(
    [
      "utf-16",
      "utf-16le",
      "utf-16be",
      "unicode",
      "ucs-2",
      "csunicode",
      "iso-10646-ucs-2",
      "unicodefeff",
      "unicodefffe",
      "utf-32",
      "utf-32le",
      "utf-32be",
    ].map((label) => [label, "utf-8"]),
  ),
};

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "");
  return m?.[1]?.toLowerCase();
}

export function sniffCharset(body: Buffer, contentType?: string): string {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  const declared = charsetFromContentType(contentType);
  // Nearly every page declares UTF-8: answer it without asking iconv-lite's codec table.
  if (declared === "utf-8" || declared === "utf8") return declared;
  if (declared && iconv.encodingExists(declared)) return declared;
  const head = body.subarray(0, 1024).toString("latin1");
  const meta = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (meta && Object.hasOwn(META_OVERRIDES, meta)) return META_OVERRIDES[meta]!;
  if (meta && iconv.encodingExists(meta)) return meta;
  return "utf-8";
}

export function decodeBody(body: Buffer, contentType?: string): { text: string; charset: string } {
  const charset = sniffCharset(body, contentType);
  // The HTML spec maps latin1/ascii labels to windows-1252, which is what servers really send.
  const effective = ["iso-8859-1", "latin1", "us-ascii", "ascii"].includes(charset)
    ? "windows-1252"
    : charset;
  if (effective === "utf-8" || effective === "utf8")
    return { text: body.toString("utf8").replace(/^\uFEFF/, ""), charset };
  return { text: iconv.decode(body, effective), charset };
}
