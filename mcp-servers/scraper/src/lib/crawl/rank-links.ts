// Which same-site links most likely hold contact details, best first. Words are matched against
// the URL path and the anchor text, in the languages our customers' prospects publish in.
const TIERS: [number, string[]][] = [
  [
    100,
    [
      "contact",
      "kontakt",
      "contacto",
      "contato",
      "contatti",
      "contattaci",
      "nous-contacter",
      "contactez",
      "contacteer",
      "kontakta",
      "yhteystiedot",
      "get-in-touch",
      "reach-us",
    ],
  ],
  [
    90,
    [
      "impressum",
      "imprint",
      "mentions-legales",
      "mentions légales",
      "aviso-legal",
      "aviso legal",
      "colofon",
      "note-legali",
      "legal-notice",
      "legal notice",
      "site-notice",
      "offenlegung",
    ],
  ],
  [
    80,
    [
      "team",
      "unser-team",
      "our-team",
      "equipe",
      "équipe",
      "equipo",
      "squadra",
      "people",
      "staff",
      "mitarbeiter",
      "ansprechpartner",
      "leadership",
      "management",
      "geschaeftsfuehrung",
      "geschäftsführung",
      "direction",
      "board",
      "founders",
      "directie",
      "medewerkers",
    ],
  ],
  [
    70,
    [
      "about",
      "about-us",
      "ueber-uns",
      "über-uns",
      "uber-uns",
      "über uns",
      "a-propos",
      "à propos",
      "qui-sommes-nous",
      "quienes-somos",
      "quiénes somos",
      "sobre-nosotros",
      "sobre",
      "chi-siamo",
      "over-ons",
      "om-oss",
      "om-os",
      "company",
      "unternehmen",
      "firma",
      "empresa",
      "azienda",
      "entreprise",
    ],
  ],
  [
    50,
    [
      "legal",
      "rechtliches",
      "careers",
      "career",
      "karriere",
      "jobs",
      "emplois",
      "empleo",
      "trabaja",
      "lavora-con-noi",
      "vacatures",
      "locations",
      "standorte",
      "offices",
      "support",
      "kundenservice",
    ],
  ],
];

const PENALTIES = [
  "blog",
  "news",
  "/tag/",
  "/category/",
  "/page/",
  "/product",
  "/shop",
  "cart",
  "login",
  "signin",
  "sign-in",
  "register",
  "/wp-",
  "/feed",
  "privacy",
  "datenschutz",
  "cookie",
  "terms",
  "agb",
];
const NON_HTML =
  /\.(pdf|jpe?g|png|gif|svg|webp|zip|gz|mp[34]|mov|avi|docx?|xlsx?|pptx?|css|js|json|xml|rss|ico|woff2?|ttf|exe|dmg)$/i;

export function isLikelyHtml(url: URL): boolean {
  return !NON_HTML.test(url.pathname);
}

// Each word as it is looked for in the path and, with dashes as spaces, in the anchor text: built
// once here instead of once per word for every link of every page.
const TIER_WORDS: [number, { path: string; anchor: string }[]][] = TIERS.map(([weight, words]) => [
  weight,
  words.map((w) => ({ path: w, anchor: w.replace(/-/g, " ") })),
]);

/** A score: higher is more likely to hold contacts; shallow paths break ties. */
export function scoreLink(href: string, text: string): number {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return -Infinity;
  }
  return scoreUrl(url, text);
}

/** scoreLink for a URL the caller has already parsed. */
export function scoreUrl(url: URL, text: string): number {
  if (!isLikelyHtml(url)) return -Infinity;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).toLowerCase();
  } catch {
    path = url.pathname.toLowerCase();
  }
  const anchor = text.toLowerCase();
  let score = 0;
  for (const [weight, words] of TIER_WORDS) {
    if (words.some((w) => path.includes(w.path) || anchor.includes(w.anchor))) {
      score = weight;
      break;
    }
  }
  if (PENALTIES.some((p) => path.includes(p))) score -= 40;
  const depth = path.split("/").filter(Boolean).length;
  score -= depth * 2;
  if (url.search) score -= 10;
  return score;
}

/** Normalises a host for same-site checks: www. and case do not make a different site. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, "");
}
