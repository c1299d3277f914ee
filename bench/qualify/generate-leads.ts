import type { LeadData } from "../../mcp-servers/qualifier/src/lib/schemas/lead";

// Deterministic synthetic leads shaped like the scraper's output: a mix of strong and weak leads,
// pages in four languages, some with buying signals and most without.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  "We help mid-size manufacturers plan production and keep their machines running.",
  "Unsere Software unterstützt Handwerksbetriebe bei Angebot, Planung und Abrechnung.",
  "Nous accompagnons les PME dans la gestion de leurs stocks et de leurs livraisons.",
  "Ayudamos a clínicas y consultorios a organizar citas, historiales y facturación.",
  "Founded in 2011, our team of engineers builds tools used in 14 countries.",
  "Qualität, Zuverlässigkeit und persönlicher Service stehen bei uns an erster Stelle.",
];
const SIGNAL_SENTENCES = [
  "We're hiring senior engineers in Lisbon.",
  "Wir stellen ein: Vertrieb und Support.",
  "Nous recrutons des développeurs.",
  "Book a demo with our team today.",
  "Jetzt Demo buchen und kostenlos testen.",
  "The company raised $15M in a Series A round.",
  "SOC 2 Type II and ISO 27001 certified.",
  "Integrates with Salesforce, HubSpot and Slack.",
  "Contactez-nous pour un devis.",
  "Solicita una demo gratuita.",
];
const TITLES = [
  "CEO",
  "Head of Sales",
  "Office Manager",
  "Geschäftsführer",
  "Directrice commerciale",
  "Engineer",
  "Fundador",
  "Support",
];
const PATHS = [
  "/",
  "/about",
  "/team",
  "/pricing",
  "/careers",
  "/contact",
  "/kontakt",
  "/blog/post",
];

export function generateLeads(count: number, seed = 42): LeadData[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const leads: LeadData[] = [];
  for (let i = 0; i < count; i++) {
    const domain = `company${i}.example`;
    const emails =
      r() < 0.7
        ? [
            {
              value: `${pick(["info", "anna", "sales", "max"])}@${domain}`,
              sourceUrl: `https://${domain}/contact`,
            },
          ]
        : [];
    if (r() < 0.25)
      emails.push({ value: `company${i}@gmail.com`, sourceUrl: `https://${domain}/` });
    const pages = Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
      const sentences = [pick(FILLER), pick(FILLER), pick(FILLER)];
      if (r() < 0.4) sentences.splice(1, 0, pick(SIGNAL_SENTENCES));
      return { url: `https://${domain}${pick(PATHS)}`, text: sentences.join(" ") };
    });
    leads.push({
      domain,
      company: { name: `Company ${i}` },
      emails,
      phones:
        r() < 0.6
          ? [
              {
                value: `+49301234${String(i % 10000).padStart(4, "0")}`,
                raw: "030 1234",
                kind: r() < 0.1 ? "fax" : "phone",
              },
            ]
          : [],
      socials:
        r() < 0.5
          ? [{ platform: "linkedin", url: `https://www.linkedin.com/company/company${i}` }]
          : [],
      people: r() < 0.5 ? [{ name: `Person ${i}`, title: pick(TITLES) }] : [],
      pages,
      ...(r() < 0.3
        ? {
            enrichment: {
              employeeRange: pick(["1-10", "11-50", "51-200"]),
              techStack: ["wordpress"],
            },
          }
        : {}),
    });
  }
  return leads;
}
