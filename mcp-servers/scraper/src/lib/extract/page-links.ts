// Link targets of a page made absolute: http(s) only, fragments dropped.

/** Resolve an href against the page, keeping only http(s) URLs and dropping fragments. */
export function absoluteHttpUrl(href: string, base: string): string | undefined {
  try {
    const u = new URL(href, base);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    u.hash = "";
    return u.href;
  } catch {
    return undefined;
  }
}

// A root-relative path of plain characters, without dot segments, query or fragment: the URL
// parser would return it unchanged after the origin.
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-_~/.]*$/;

/**
 * absoluteHttpUrl for every link of one page: the navigation links that fill most pages
 * ("/team", "/p/12") are joined to the page's origin as the URL parser would, without parsing
 * each; anything else goes through the parser.
 */
export function siteLinkResolver(base: string): (href: string) => string | undefined {
  let origin: string | undefined;
  try {
    const b = new URL(base);
    if ((b.protocol === "http:" || b.protocol === "https:") && !b.username && !b.password)
      origin = `${b.protocol}//${b.host}`;
  } catch {
    // an unusable base: every link takes the slow path, which refuses it too
  }
  return (href) =>
    origin !== undefined && PLAIN_PATH.test(href) && !href.includes("/.")
      ? origin + href
      : absoluteHttpUrl(href, base);
}
