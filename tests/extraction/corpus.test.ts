// Accuracy regression gate: the fixture corpus, served over loopback HTTP, through
// extractPage must keep F1 >= 0.95 for emails, phones and socials with zero trap hits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGroundTruth, serveCorpus, type SiteTruth } from "../../bench/extraction/corpus";
import {
  collect,
  leadscout,
  peopleScore,
  score,
  type SiteFindings,
} from "../../bench/extraction/evaluate";
import { canonicalPhone, prf } from "../../bench/extraction/score";

let server: Awaited<ReturnType<typeof serveCorpus>>;
const all: Record<string, { truth: SiteTruth; found: SiteFindings }> = {};

beforeAll(async () => {
  server = await serveCorpus();
  const truth = await loadGroundTruth();
  const cache = new Map<string, string>();
  for (const [site, t] of Object.entries(truth))
    all[site] = { truth: t, found: await collect(server.origin, site, t, leadscout, cache) };
});

afterAll(async () => {
  await server?.close();
});

describe("extraction accuracy on the fixture corpus", () => {
  it("covers at least 25 sites in several languages", () => {
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(25);
    const countries = new Set(Object.values(all).map((s) => s.truth.country));
    for (const c of ["DE", "FR", "ES", "NL", "IT", "GB", "US"]) expect(countries).toContain(c);
  });

  it.each(["emails", "phones", "socials"] as const)(
    "%s: F1 >= 0.95 and no trap reported",
    (kind) => {
      const s = score(all)[kind];
      const { f1 } = prf(s);
      expect(s.traps, `trap hits: ${s.falsePositives.join(", ")}`).toBe(0);
      expect(
        f1,
        `false positives ${s.falsePositives.join(", ")}; missed ${s.missed.join(", ")}`,
      ).toBeGreaterThanOrEqual(0.95);
    },
  );

  it("marks labelled fax numbers as fax and nothing else", () => {
    for (const [site, { truth, found }] of Object.entries(all)) {
      const expected = new Set(truth.faxes.map((f) => canonicalPhone(f, truth.country)));
      expect([...found.faxes].sort(), site).toEqual([...expected].sort());
    }
  });

  it("finds the people of team pages and impressums without inventing names", () => {
    const { recall, precision, extra, missed } = peopleScore(all);
    expect(extra).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps people written with honorifics, post-nominals, unlisted roles and comma-listed directors, titles included (#22 item 4)", () => {
    const people = (site: string) =>
      Object.fromEntries([...all[site]!.found.titles].map(([n, t]) => [n, t ?? null]));
    // "Dr. Elena Ruiz, DDS", "Dr. James Whitaker, DMD, MS", "Priya Nair, RDH"; roles such as
    // "Orthodontist" and "Dental Hygienist" counted because the same grid holds an Office Manager.
    expect(people("bright-smile-dental")).toEqual({
      "elena ruiz": "Founder & Lead Dentist",
      "james whitaker": "Orthodontist",
      "priya nair": "Dental Hygienist",
      "karen doyle": "Office Manager",
      "luis ortega": "Patient Care Coordinator",
    });
    // A French teaching team, and rooms laid out the same way in another grid that stay out.
    expect(people("ecole-musique-arpege")).toEqual({
      "sophie lambert": "Directrice",
      "claire morel": "Professeure de piano",
      "julien garnier": "Professeur de violon et d'alto",
      "hugo petit": "Enseignant en formation musicale",
      "amélie roux": "Professeure de chant",
    });
    // "Geschäftsführer: Dr. Andreas Keller, Birgit Sommer, Dipl.-Ing. Stefan Hoffmann"
    expect(people("keller-sommer-maschinenbau")).toMatchObject({
      "andreas keller": "Geschäftsführer",
      "birgit sommer": "Geschäftsführer",
      "stefan hoffmann": "Geschäftsführer",
    });
    // "… No. 08123456. Directors: Sarah Collins, James Patel, Dr Ruth Okafor. Registered office: …"
    expect(Object.keys(people("northgate-logistics")).sort()).toEqual([
      "james patel",
      "ruth okafor",
      "sarah collins",
      "tom hargreaves",
    ]);
  });

  it("flags exactly the script-built pages", () => {
    for (const [site, { truth, found }] of Object.entries(all)) {
      expect([...found.scriptBuilt].sort(), site).toEqual([...truth.scriptBuilt].sort());
    }
  });
});
