// What single elements add to a page scan as the walk passes them: their attributes (app
// roots, Cloudflare emails, widget links), an image's alt text, and the <head> tags.
import type { Element } from "domhandler";
import type { PageScan } from "./parse-page";

const APP_ROOT_IDS = new Set([
  "root",
  "__next",
  "app",
  "__nuxt",
  "svelte",
  "ember-app",
  "main-app",
  "q-app",
]);

/**
 * One pass over an element's attributes (most have none or one) instead of a lookup per attribute
 * of interest on every element. Returns whether its class names a name (`team-name`, `fn name`).
 */
export function readAttributes(el: Element, scan: PageScan, appRoots: Element[]): boolean {
  const a = el.attribs;
  let nameClass = false;
  for (const key in a) {
    const value = a[key]!;
    switch (key) {
      case "id":
        if (APP_ROOT_IDS.has(value)) appRoots.push(el);
        break;
      case "data-reactroot":
      case "ng-version":
      case "ng-app":
      case "data-server-rendered":
        scan.hasAppRoot = true;
        break;
      case "data-cfemail":
        if (value) scan.cfEmails.push({ hex: value, el });
        break;
      case "data-href":
        if (value) scan.socialRefs.push(value);
        break;
      case "class":
        nameClass = /name/i.test(value);
        break;
    }
  }
  return nameClass;
}

export function imgAlt(el: Element): string {
  for (const c of el.children) {
    if (c.type === "tag") {
      const e = c as Element;
      if (e.name === "img" && e.attribs.alt) return e.attribs.alt;
      const inner = imgAlt(e);
      if (inner) return inner;
    }
  }
  return "";
}

export function headTag(el: Element, scan: PageScan): void {
  const a = el.attribs;
  if (el.name === "title" && scan.title === undefined) {
    scan.title = el.children
      .map((c) => (c.type === "text" ? (c as unknown as { data: string }).data : ""))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  } else if (el.name === "meta") {
    const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
    if (key && a.content !== undefined && !scan.meta.has(key)) scan.meta.set(key, a.content.trim());
  } else if (el.name === "link" && a.href && /(?:^|\s)me(?:\s|$)/i.test(a.rel ?? "")) {
    scan.socialRefs.push(a.href);
  } else if (el.name === "base" && a.href) {
    try {
      scan.baseUrl = new URL(a.href, scan.baseUrl).href;
    } catch {
      // an unusable <base> is ignored, as browsers do
    }
  }
}
