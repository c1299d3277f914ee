// Deterministic small-company pages for the throughput bench: realistic size (~20 kB) and shape
// (nav, copy, team cards, footer with contacts and socials, JSON-LD on the home page).
const WORDS =
  "we build reliable industrial software for manufacturers logistics firms and public utilities our engineers design integrate and maintain systems that run around the clock with care for detail and clear communication".split(
    " ",
  );
const FIRST = [
  "Anna",
  "Jonas",
  "Maria",
  "Lukas",
  "Sofia",
  "Paul",
  "Clara",
  "Felix",
  "Lena",
  "David",
  "Mia",
  "Elias",
];
const LAST = [
  "Becker",
  "Schmidt",
  "Novak",
  "Rossi",
  "Dubois",
  "Jensen",
  "Kowalski",
  "Meyer",
  "Garcia",
  "Keller",
];

function rand(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function paragraph(r: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(r() * WORDS.length)]).join(" ");
}

export interface SiteSpec {
  slug: string;
  /** Paths the site serves, root first. */
  paths: string[];
  /** Links each path shows besides the nav. */
  children: (path: string) => string[];
}

const NAV = ["/contact", "/about", "/team", "/impressum", "/careers"];

export function renderPage(site: SiteSpec, path: string, seed: number): string {
  const r = rand(seed);
  const company = `${site.slug.replace(/-/g, " ")} GmbH`;
  const domain = `${site.slug}.de`;
  const nav = NAV.map((p) => `<li><a href="${p}">${p.slice(1)}</a></li>`).join("");
  const links = site
    .children(path)
    .map((p) => `<li><a href="${p}">Read more about ${p.split("/").pop()}</a></li>`)
    .join("");
  const copy = Array.from({ length: 14 }, () => `<p>${paragraph(r, 90)}.</p>`).join("\n");
  const team =
    path === "/team"
      ? `<section class="team">${Array.from({ length: 6 }, (_, i) => {
          const name = `${FIRST[(seed + i) % FIRST.length]} ${LAST[(seed * 7 + i) % LAST.length]}`;
          return `<div class="card"><h3>${name}</h3><p class="role">${i === 0 ? "Managing Director" : "Engineer"}</p><a href="mailto:${name.split(" ")[0]!.toLowerCase()}@${domain}">Email</a></div>`;
        }).join("")}</section>`
      : "";
  const ld =
    path === "/"
      ? `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "Organization", name: company, email: `info@${domain}`, telephone: "+49 30 1234567", sameAs: [`https://www.linkedin.com/company/${site.slug}`] })}</script>`
      : "";
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${company} – ${path === "/" ? "Home" : path.slice(1)}</title>
<meta name="description" content="${company}: ${paragraph(r, 12)}">${ld}</head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><h1>${company}</h1>${copy}${team}<ul class="more">${links}</ul></main>
<footer><address>${company}, Hauptstraße ${1 + (seed % 90)}, 10115 Berlin</address>
<p>Tel: <a href="tel:+49301234${String(seed % 1000).padStart(3, "0")}">+49 30 1234${String(seed % 1000).padStart(3, "0")}</a> · Fax: +49 30 1234999 · <a href="mailto:info@${domain}">info@${domain}</a></p>
<p><a href="https://www.linkedin.com/company/${site.slug}">LinkedIn</a> <a href="https://twitter.com/${site.slug.replace(/-/g, "")}">Twitter</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://${domain}">Share</a></p></footer></body></html>`;
}

/** One site of `total` pages: the nav pages plus /p/1.. linked in a tree of fan-out `fanout`. */
export function bigSite(total: number, fanout = 50): SiteSpec {
  const extra = total - 1 - NAV.length;
  const paths = ["/", ...NAV, ...Array.from({ length: extra }, (_, i) => `/p/${i + 1}`)];
  return {
    slug: "mega-industrie",
    paths,
    children: (path) => {
      const k = path === "/" ? 0 : path.startsWith("/p/") ? Number(path.slice(3)) : -1;
      if (k < 0) return [];
      return Array.from({ length: fanout }, (_, i) => k * fanout + i + 1)
        .filter((n) => n <= extra)
        .map((n) => `/p/${n}`);
    },
  };
}

/** A typical small-company site: home, the contact-ish pages and one blog post. */
export function smallSite(i: number): SiteSpec {
  return {
    slug: `firma-${i}`,
    paths: ["/", ...NAV, "/blog/news-1"],
    children: (path) => (path === "/" ? ["/blog/news-1"] : []),
  };
}
