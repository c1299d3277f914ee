import { normalizeSocialUrl } from "@leadscout/mcp-scraper/extract";
import type { Social } from "../schemas";

const HANDLE_BASE: Record<string, string> = {
  twitter: "https://twitter.com/",
  instagram: "https://www.instagram.com/",
  facebook: "https://www.facebook.com/",
};

/**
 * A provider's social field → the scraper's canonical profile URL. Bare handles are accepted only
 * for platforms whose profile URL is the handle itself (never for LinkedIn, whose URLs cannot be
 * derived from a name).
 */
export function socialFromUrl(value: string | undefined, platform: string): Social | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const candidate = /^https?:\/\//i.test(v)
    ? v
    : HANDLE_BASE[platform] && /^@?[A-Za-z0-9_.]{1,50}$/.test(v)
      ? HANDLE_BASE[platform] + v.replace(/^@/, "")
      : /^(?:www\.)?[a-z]+\.com\//i.test(v)
        ? `https://${v}`
        : undefined;
  if (!candidate) return undefined;
  const profile = normalizeSocialUrl(candidate);
  return profile ? { platform: profile.platform, url: profile.url } : undefined;
}
