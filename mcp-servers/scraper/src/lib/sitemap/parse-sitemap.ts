import { SaxesParser } from "saxes";

export interface ParsedSitemap {
  kind: "urlset" | "index" | "text" | "unknown";
  /** Page URLs (urlset / text) or child sitemap URLs (index), in document order. */
  locs: string[];
  /** Set when the document broke off; what was read before the break is still returned. */
  error?: string;
  /** True when maxLocs stopped the parse. */
  truncated: boolean;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();

/**
 * Streams a sitemap document, keeping only <loc> values, and stops at `maxLocs`. saxes does not
 * expand DTD entities, so "billion laughs" documents fail fast instead of blowing up memory.
 */
export function parseSitemap(text: string, maxLocs: number): ParsedSitemap {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("<")) {
    // Plain-text sitemaps: one URL per line.
    const lines = trimmed
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => /^https?:\/\//i.test(l));
    return {
      kind: lines.length ? "text" : "unknown",
      locs: lines.slice(0, maxLocs),
      truncated: lines.length > maxLocs,
    };
  }
  const result: ParsedSitemap = { kind: "unknown", locs: [], truncated: false };
  const parser = new SaxesParser({ position: false });
  let inLoc = false;
  let buf = "";
  let depth = 0;
  let stop = false;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (depth === 0)
      result.kind = name === "sitemapindex" ? "index" : name === "urlset" ? "urlset" : "unknown";
    depth++;
    // <loc> counts only directly inside <url> or <sitemap> (depth 3), not in image/video extensions.
    if (name === "loc" && depth === 3) {
      inLoc = true;
      buf = "";
    }
  });
  parser.on("text", (t) => {
    if (inLoc && buf.length < 4096) buf += t;
  });
  parser.on("cdata", (t) => {
    if (inLoc && buf.length < 4096) buf += t;
  });
  parser.on("closetag", () => {
    depth--;
    if (inLoc) {
      inLoc = false;
      const loc = buf.trim();
      if (!loc) return;
      if (result.locs.length >= maxLocs) {
        result.truncated = true;
        stop = true;
        return;
      }
      result.locs.push(loc);
    }
  });
  try {
    // Fed in slices so a cap can stop the parse long before the end of a huge document.
    for (let i = 0; i < text.length && !stop; i += 64 * 1024)
      parser.write(text.slice(i, i + 64 * 1024));
    if (!stop) parser.close();
  } catch (err) {
    result.error = `Malformed sitemap XML: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  }
  return result;
}
