import { describe, expect, it } from "vitest";
import { detectLeadSignals, detectSignals } from "./detect";

const types = (text: string, url?: string) =>
  detectSignals(text, url)
    .map((s) => s.type)
    .sort();

describe("detectSignals", () => {
  it("reads English, German, French and Spanish", () => {
    expect(types("Now hiring: join our team. Get a demo. Plans and pricing.")).toEqual([
      "demo_request",
      "hiring",
      "pricing_page",
    ]);
    expect(
      types("Offene Stellen. Kontaktformular. Neuer Standort in Wien. ISO 27001 zertifiziert."),
    ).toEqual(["compliance", "contact_intent", "expansion", "hiring"]);
    expect(
      types("Offres d'emploi. Contactez-nous. Nouvelle fonctionnalité. Conforme au RGPD."),
    ).toEqual(["compliance", "contact_intent", "hiring", "new_product"]);
    expect(
      types("Ofertas de empleo. Formulario de contacto. Nueva oficina en Madrid. Precios."),
    ).toEqual(["contact_intent", "expansion", "hiring", "pricing_page"]);
  });

  it("quotes a snippet around the match", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(20)}We closed a Series A round of $8M. ${"More filler text here. ".repeat(20)}`;
    const [funding] = detectSignals(text);
    expect(funding?.type).toBe("funding");
    expect(funding?.evidence).toMatch(/^….*We closed a Series A round of \$8M\..*…$/);
    expect(funding!.evidence.length).toBeLessThan(200);
  });

  it("uses the URL path and keeps the strongest signal per type across pages", () => {
    expect(detectSignals("", "https://x.example/careers/")).toEqual([
      {
        type: "hiring",
        strength: 0.6,
        evidence: "https://x.example/careers/",
        sourceUrl: "https://x.example/careers/",
      },
    ]);
    const lead = detectLeadSignals([
      { url: "https://x.example/about", text: "Careers" },
      { url: "https://x.example/", text: "We're hiring!" },
    ]);
    expect(lead).toEqual([
      { type: "hiring", strength: 0.8, evidence: "We're hiring!", sourceUrl: "https://x.example/" },
    ]);
  });

  it("finds nothing in plain text", () => {
    expect(detectSignals("We bake bread every morning in our small shop.")).toEqual([]);
  });
});
