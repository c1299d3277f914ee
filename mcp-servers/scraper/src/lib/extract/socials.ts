// Social profile links. Every candidate URL is reduced to one canonical profile URL
// per platform (https, canonical host, no query, fragment or trailing slash) or
// rejected: share/intent dialogs, tracking pixels, posts, videos, repositories and
// the platforms' own navigation pages are not profiles.
//
// GitHub: only account pages (github.com/<org-or-user>) count. A repository link
// says little about who owns the site (sites link to the libraries they use), so
// repositories are not reported, not even as their owner.
import type { SocialPlatform } from "./types";
import {
  FACEBOOK_RESERVED,
  GITHUB_RESERVED,
  INSTAGRAM_RESERVED,
  TWITTER_RESERVED,
  YOUTUBE_RESERVED,
} from "./social-reserved-paths";

export interface SocialProfile {
  platform: SocialPlatform;
  url: string;
  kind?: "company" | "person";
}

const TIKTOK_HANDLE = /^@[a-z0-9._]{2,24}$/i;

function hostOf(u: URL): string {
  // Strip www/mobile/country prefixes (de.linkedin.com, m.facebook.com) but never the registrable name (fb.com).
  return u.hostname
    .toLowerCase()
    .replace(/^(?:www\d?|m|mobile|touch|mbasic|web|[a-z]{2}(?:-[a-z]{2})?)\.(?=[^.]+\.[^.]+$)/, "");
}

function segments(u: URL): string[] {
  return u.pathname
    .split("/")
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const PLATFORM_HINT =
  /linkedin|twitter|x\.com|facebook|fb\.(?:com|me)|instagr|youtube|github|tiktok/i;

/** Canonical profile for a URL, or undefined when it is not a profile page. */
export function normalizeSocialUrl(input: string, base?: string): SocialProfile | undefined {
  // Most hrefs on a page are internal links: skip URL parsing for them.
  if (!PLATFORM_HINT.test(input)) return undefined;
  let u: URL;
  try {
    const withScheme =
      /^(?:https?:)?\/\//i.test(input) || !/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(input)
        ? input
        : `https://${input}`;
    u = new URL(withScheme, base ?? "https://invalid.invalid/");
  } catch {
    return undefined;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
  const host = hostOf(u);
  // Old Twitter links keep the path in a hashbang: twitter.com/#!/acme.
  if (u.hash.startsWith("#!/")) u = new URL(u.hash.slice(2), u.origin);
  const seg = segments(u);
  const first = seg[0]?.toLowerCase();
  if (!first) return undefined; // bare platform home pages

  if (host === "linkedin.com") {
    const slug = seg[1];
    if (!slug) return undefined;
    if (first === "company" || first === "school" || first === "showcase") {
      if (/^(?:setup|unavailable)$/.test(slug.toLowerCase())) return undefined;
      return {
        platform: "linkedin",
        url: `https://www.linkedin.com/${first}/${slug.toLowerCase()}`,
        kind: "company",
      };
    }
    if ((first === "in" || first === "pub") && !(first === "pub" && slug.toLowerCase() === "dir")) {
      return {
        platform: "linkedin",
        url: `https://www.linkedin.com/in/${slug.toLowerCase()}`,
        kind: "person",
      };
    }
    return undefined; // feed, shareArticle, sharing, jobs, posts, pulse, login…
  }
  if (host === "twitter.com" || host === "x.com") {
    if (seg.length !== 1 || TWITTER_RESERVED.has(first) || !/^[a-z0-9_]{1,15}$/.test(first))
      return undefined;
    return { platform: "twitter", url: `https://x.com/${first}` };
  }
  if (host === "facebook.com" || host === "fb.com" || host === "fb.me") {
    // Embedded page plugin: facebook.com/plugins/page.php?href=<page URL>.
    if (first === "plugins") {
      const inner = u.searchParams.get("href");
      return inner && !/facebook\.com\/plugins/i.test(inner)
        ? normalizeSocialUrl(inner)
        : undefined;
    }
    if (first === "profile.php") {
      const id = u.searchParams.get("id");
      return id && /^\d+$/.test(id)
        ? {
            platform: "facebook",
            url: `https://www.facebook.com/profile.php?id=${id}`,
            kind: "person",
          }
        : undefined;
    }
    // Page tabs under /pg/ (facebook.com/pg/Acme/about) name the page in the next segment.
    if (first === "pg" && seg[1]) return normalizeSocialUrl(`https://www.facebook.com/${seg[1]}`);
    if (first === "people" && seg[2])
      return {
        platform: "facebook",
        url: `https://www.facebook.com/people/${seg[1]}/${seg[2]}`,
        kind: "person",
      };
    if (FACEBOOK_RESERVED.has(first) || seg.length > 2 || !/^[a-z0-9.\-]{3,}$/.test(first))
      return undefined;
    // A second segment is a page tab (about, posts, photos): the page itself is the profile.
    return { platform: "facebook", url: `https://www.facebook.com/${first}` };
  }
  if (host === "instagram.com" || host === "instagr.am") {
    if (seg.length > 1 && !/^(?:reels|tagged|guides)$/i.test(seg[1] ?? "")) return undefined;
    if (INSTAGRAM_RESERVED.has(first) || !/^[a-z0-9._]{1,30}$/.test(first)) return undefined;
    return { platform: "instagram", url: `https://www.instagram.com/${first}` };
  }
  if (host === "youtube.com") {
    const s1 = seg[1];
    if (
      first.startsWith("@") &&
      /^@[\w.-]{3,30}$/.test(first) &&
      (seg.length === 1 || /^(?:videos|featured|about|shorts|streams|playlists)$/.test(s1 ?? ""))
    ) {
      return { platform: "youtube", url: `https://www.youtube.com/${first}` };
    }
    if (first === "channel" && s1 && /^UC[\w-]{22}$/.test(s1))
      return { platform: "youtube", url: `https://www.youtube.com/channel/${s1}` };
    if ((first === "c" || first === "user") && s1 && /^[\w.-]{2,100}$/.test(s1)) {
      return { platform: "youtube", url: `https://www.youtube.com/${first}/${s1.toLowerCase()}` };
    }
    // Legacy vanity URLs (youtube.com/acme) are channels too, unless the word is a YouTube page.
    if (
      seg.length === 1 &&
      !YOUTUBE_RESERVED.has(first) &&
      /^[a-z0-9][a-z0-9_-]{2,99}$/.test(first)
    ) {
      return { platform: "youtube", url: `https://www.youtube.com/${first}` };
    }
    return undefined; // watch, embed, shorts, playlist, results
  }
  if (host === "github.com") {
    if (first === "orgs" && seg[1] && seg.length === 2)
      return normalizeSocialUrl(`https://github.com/${seg[1]}`);
    if (
      seg.length !== 1 ||
      GITHUB_RESERVED.has(first) ||
      !/^[a-z0-9](?:[a-z0-9-]{0,38})$/.test(first)
    )
      return undefined;
    return { platform: "github", url: `https://github.com/${first}` };
  }
  if (host === "tiktok.com") {
    if (seg.length !== 1 || !TIKTOK_HANDLE.test(first)) return undefined;
    return { platform: "tiktok", url: `https://www.tiktok.com/${first}` };
  }
  return undefined;
}

const SOCIAL_IN_TEXT =
  /\b(?:https?:\/\/)?(?:[a-z]{2,6}\.)?(?:linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|github\.com|tiktok\.com)\/[^\s<>"'()[\]{}]+/gi;

/** Profile URLs written out as text (e.g. "linkedin.com/company/acme" in a footer). */
export function socialUrlsInText(text: string): string[] {
  if (!/\.com\//i.test(text)) return [];
  return [...text.matchAll(SOCIAL_IN_TEXT)].map((m) => m[0].replace(/[.,;:!?]+$/, ""));
}
