import type { RenderReason } from "../schemas";

// Shapes returned by the page extractors. The MCP tools and the crawler's
// per-site merge depend on these exactly, so change them only together.

export type SocialPlatform =
  "linkedin" | "twitter" | "facebook" | "instagram" | "youtube" | "github" | "tiktok";

export type PhoneKind = "phone" | "mobile" | "fax";

export interface EmailItem {
  /** Lowercased address. */
  value: string;
  sourceUrl: string;
}

export interface PhoneItem {
  /** E.164, e.g. "+4930123456". */
  value: string;
  /** The text as it appeared on the page (or the tel: target). */
  raw: string;
  sourceUrl: string;
  kind?: PhoneKind;
}

export interface SocialItem {
  platform: SocialPlatform;
  /** Normalized profile URL: https, canonical host, no query/fragment/trailing slash. */
  url: string;
  kind?: "company" | "person";
  sourceUrl: string;
}

export interface PersonItem {
  name: string;
  title?: string;
  email?: string;
  /** E.164 when it could be parsed. */
  phone?: string;
  linkedin?: string;
  /** The page the person was first seen on. */
  sourceUrl?: string;
}

export interface CompanyInfo {
  name?: string;
  description?: string;
}

export interface PageLink {
  /** Absolute http(s) URL without fragment. */
  href: string;
  /** Visible anchor text, whitespace-collapsed (falls back to title/aria-label). */
  text: string;
}

export interface PageExtraction {
  emails: EmailItem[];
  phones: PhoneItem[];
  socials: SocialItem[];
  people: PersonItem[];
  company: CompanyInfo;
  address?: string;
  links: PageLink[];
  /**
   * Country assumed for national-format phone numbers on this page (ISO alpha-2), when one
   * could be inferred. A crawler passes the root page's value as `opts.country` for the
   * site's other pages, whose own evidence is often thinner.
   */
  country?: string;
  /** Value of <html lang>, lowercased, if present. */
  lang?: string;
  /** Little visible text but a JS app root or a noscript warning: worth rendering in a browser. */
  looksScriptBuilt: boolean;
  /** Why rendering this page in a browser may show more than plain HTTP did (render "auto"). */
  renderReason?: Exclude<RenderReason, "requested">;
}

export interface ExtractOptions {
  /** ISO 3166-1 alpha-2 fallback country for phone numbers without a country code. */
  country?: string;
}
