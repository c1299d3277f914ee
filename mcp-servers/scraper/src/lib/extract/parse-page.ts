// One parse per page: htmlparser2 builds the DOM once and a single walk collects
// everything the extractors need (text lines, anchors, attributes, JSON-LD, meta).
// Comments, scripts, styles, templates, form controls and code samples never
// contribute text, which is what keeps commented-out or example addresses out.
// The tag tables are in page-tags.ts, what single elements add in element-collectors.ts.
import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import { headTag, imgAlt, readAttributes } from "./element-collectors";
import { BLOCK_TAGS, SKIP_TAGS, SPACED_TAGS, STRUCTURAL_TAGS } from "./page-tags";
import { readInlineScript, type InlineScriptSigns } from "./inline-scripts";

export interface TextLine {
  text: string;
  /** Nearest block-level ancestor the text belongs to. */
  block: Element | null;
}

export interface AnchorInfo {
  href: string;
  text: string;
  el: Element;
  /** Index of the text line the anchor sits in, and the offset of its text in it. */
  line: number;
  offset: number;
}

export interface PageScan {
  lines: TextLine[];
  anchors: AnchorInfo[];
  cfEmails: { hex: string; el: Element }[];
  /** Profile URLs outside anchors: widget data-href, embedded page plugins, <link rel="me">. */
  socialRefs: string[];
  jsonLd: string[];
  meta: Map<string, string>;
  title?: string;
  lang?: string;
  baseUrl: string;
  addressTexts: string[];
  hasAppRoot: boolean;
  noscriptText: string;
  scriptCount: number;
  /** What the page's inline scripts do to contact data (render-hint.ts reads it). */
  inlineScripts: InlineScriptSigns;
  textLength: number;
  /** Elements that may carry a person's name or a row of a people table (h2–h6, strong, b, tr, dt, *name*). */
  structural: Element[];
}

// A line's whitespace runs collapse to one space. Most lines have nothing to collapse, and testing
// for that is cheaper than the replace; such a line is still copied (" " + buf, then trimmed): text
// left as a slice of the page's HTML would keep the whole page alive in whatever holds the line,
// such as the phone matcher's memo.
const WHITESPACE_RUN = /[\s\u00a0\u200b]+/g;
const NEEDS_COLLAPSE = /[^\S ]| {2}|\u200b/;

export function scanPage(html: string, pageUrl: string): PageScan {
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const scan: PageScan = {
    lines: [],
    anchors: [],
    cfEmails: [],
    socialRefs: [],
    jsonLd: [],
    meta: new Map(),
    baseUrl: pageUrl,
    addressTexts: [],
    hasAppRoot: false,
    noscriptText: "",
    scriptCount: 0,
    inlineScripts: { writesDom: false, assemblesContact: false },
    textLength: 0,
    structural: [],
  };
  let buf = "";
  let block: Element | null = null;
  const flush = () => {
    const text = (NEEDS_COLLAPSE.test(buf) ? buf.replace(WHITESPACE_RUN, " ") : " " + buf).trim();
    if (text) {
      scan.lines.push({ text, block });
      scan.textLength += text.length;
    }
    buf = "";
  };
  const textOf = (node: AnyNode): string => {
    if (node.type === "text") return (node as unknown as { data: string }).data;
    if ("children" in node && node.type === "tag") {
      if (SKIP_TAGS.has((node as Element).name)) return "";
      return (node as Element).children.map(textOf).join(" ");
    }
    return "";
  };

  const walk = (node: AnyNode, inNoscript: boolean): void => {
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data;
      // <noscript> content is what a non-JS visitor sees (often the plain email fallback),
      // so it counts as page text; it is also kept apart to spot "enable JavaScript" shells.
      if (inNoscript) scan.noscriptText += data;
      buf += data;
      return;
    }
    if (node.type === "script" || node.type === "style") {
      const el = node as Element;
      if (el.name === "script") {
        scan.scriptCount++;
        const type = (el.attribs.type ?? "").toLowerCase();
        if (type.includes("ld+json")) scan.jsonLd.push(el.children.map(textOf).join(""));
        else if (!el.attribs.src) readInlineScript(el, type, scan.inlineScripts);
      }
      return;
    }
    if (node.type !== "tag") {
      if ("children" in node && (node.type === "root" || node.type === "cdata"))
        for (const c of node.children) walk(c, inNoscript);
      return; // comments, directives
    }
    const el = node as Element;
    const name = el.name;
    const a = el.attribs;
    if (
      name === "head" ||
      name === "title" ||
      name === "meta" ||
      name === "base" ||
      name === "link"
    ) {
      headTag(el, scan);
      if (name === "head") for (const c of el.children) walk(c, inNoscript);
      return;
    }
    if (name === "html" && a.lang) scan.lang = a.lang.trim().toLowerCase();
    const nameClass = readAttributes(el, scan, appRoots);
    if (name === "iframe" && a.src && /facebook\.com\/plugins\//i.test(a.src))
      scan.socialRefs.push(a.src);
    if (nameClass || STRUCTURAL_TAGS.has(name)) scan.structural.push(el);
    if (SKIP_TAGS.has(name)) return;
    if (name === "br" || name === "hr") {
      flush();
      return;
    }
    if (name === "noscript") {
      for (const c of el.children) walk(c, true);
      return;
    }
    if (name === "address") scan.addressTexts.push(textOf(el).replace(/\s+/g, " ").trim());
    const isBlock = BLOCK_TAGS.has(name);
    const prevBlock = block;
    if (isBlock) {
      flush();
      block = el;
    } else if (SPACED_TAGS.has(name)) {
      buf += " ";
    }
    const hrefAttr = name === "a" || name === "area" ? a.href : undefined;
    const startLine = scan.lines.length;
    const startOffset = buf.length;
    for (const c of el.children) walk(c, inNoscript);
    if (hrefAttr !== undefined) {
      const text = el.children.map(textOf).join(" ").replace(/\s+/g, " ").trim();
      scan.anchors.push({
        href: hrefAttr.trim(),
        text: text || a.title || a["aria-label"] || imgAlt(el) || "",
        el,
        line: startLine,
        offset: startOffset,
      });
    }
    if (isBlock) {
      flush();
      block = prevBlock;
    } else if (SPACED_TAGS.has(name)) {
      buf += " ";
    }
  };

  const appRoots: Element[] = [];
  for (const c of doc.children) walk(c, false);
  flush();
  // A framework mount point only signals client rendering when the server left it (nearly) empty.
  if (appRoots.some((el) => textOf(el).replace(/\s+/g, "").length < 40)) scan.hasAppRoot = true;
  return scan;
}

/** True when `node` is `ancestor` or lies inside it. */
export function isInside(node: AnyNode | null, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent as AnyNode | null)
    if (n === ancestor) return true;
  return false;
}
