import { describe, expect, it } from "vitest";
import { extractPage } from "./index";

// The page URL rides on every person (sourceUrl); these cases are about the rest of each record.
const people = (html: string) =>
  extractPage(html, "https://acme.de/team").people.map(({ sourceUrl: _s, ...p }) => p);

describe("people", () => {
  it("reads impressum leadership lines in several languages", () => {
    expect(
      people(
        `<p>Geschäftsführer: Max Mustermann und Dr. Erika Muster</p><p>Gérante : Claire Fontaine</p>`,
      ).map((p) => [p.name, p.title]),
    ).toEqual([
      ["Max Mustermann", "Geschäftsführer"],
      ["Erika Muster", "Geschäftsführer"],
      ["Claire Fontaine", "Gérante"],
    ]);
  });
  it("reads team cards with the card's own email and LinkedIn", () => {
    const html = `<div class="team"><div class="card"><h3>Jane Smith</h3><p>Head of Sales</p><a href="mailto:jane@acme.de">Mail</a>
      <a href="https://www.linkedin.com/in/janesmith/">in</a></div><div class="card"><h3>Tom Reid</h3><p>Engineer</p></div></div>`;
    expect(people(html)).toEqual([
      {
        name: "Jane Smith",
        title: "Head of Sales",
        email: "jane@acme.de",
        linkedin: "https://www.linkedin.com/in/janesmith",
      },
      { name: "Tom Reid", title: "Engineer" },
    ]);
  });
  it("reads tables, definition lists and JSON-LD Person", () => {
    const html = `<table><tr><td>Anna Lehmann</td><td>Rechtsanwältin</td></tr></table><dl><dt>Directeur</dt><dd>Pieter van Dijk</dd></dl>
      <script type="application/ld+json">{"@type":"Organization","founder":{"@type":"Person","name":"Ana Lima","jobTitle":"CEO"}}</script>`;
    expect(
      people(html)
        .map((p) => [p.name, p.title])
        .sort(),
    ).toEqual([
      ["Ana Lima", "CEO"],
      ["Anna Lehmann", "Rechtsanwältin"],
      ["Pieter van Dijk", "Directeur"],
    ]);
  });
  it("keeps surnames that are also occupations and does not let one card swallow the next", () => {
    const html = `<section><div class="member"><div class="member__name">Marieke de Wit</div><div class="member__position">Registeraccountant</div></div>
      <div class="member"><div class="member__name">Jeroen Bakker</div><div class="member__position">Belastingadviseur</div><a href="mailto:j.bakker@acme.nl">m</a></div></section>`;
    expect(people(html)).toEqual([
      { name: "Marieke de Wit", title: "Registeraccountant" },
      { name: "Jeroen Bakker", title: "Belastingadviseur", email: "j.bakker@acme.nl" },
    ]);
  });
  it("ignores JSON-LD authors that are not personal names", () => {
    const html = `<script type="application/ld+json">{"@graph":[{"@type":"Person","name":"admin"},{"@type":"Person","name":"Redaktion"}]}</script>`;
    expect(people(html)).toEqual([]);
  });
  it("does not turn headings like 'Opening Hours' or role headings into people", () => {
    expect(
      people(
        `<div><h3>Opening Hours</h3><p>Mon–Fri 9–17</p></div><div><h3>Büro Köln</h3><p>Kundendienst</p></div>`,
      ),
    ).toEqual([]);
  });
});

describe("people: honorifics, post-nominals, unlisted roles, director lists (#22 item 4)", () => {
  const named = (html: string) => people(html).map((p) => [p.name, p.title ?? null]);
  it("drops degrees after a name and keeps the card's role", () => {
    expect(
      named(
        `<div class="grid"><div><h3>Dr. Marcus Webb, DDS</h3><p>Associate Dentist</p></div><div><h3>Priya Nair, RDH</h3><p>Dental Hygienist</p></div></div>`,
      ),
    ).toEqual([
      ["Marcus Webb", "Associate Dentist"],
      ["Priya Nair", "Dental Hygienist"],
    ]);
  });
  it("reads O' and Mc names, and a role label above a name in a definition list", () => {
    expect(named(`<p>Head Brewer: Conor O'Sullivan</p><p>Founder: Aileen McNamara</p>`)).toEqual([
      ["Conor O'Sullivan", "Head Brewer"],
      ["Aileen McNamara", "Founder"],
    ]);
    expect(named(`<dl><dt>Bedrijfsleider</dt><dd>Sanne de Boer</dd></dl>`)).toEqual([
      ["Sanne de Boer", "Bedrijfsleider"],
    ]);
  });
  it("takes an unlisted role only from a grid that surely holds people", () => {
    const team = `<div class="profs"><article><h3>Sophie Lambert</h3><p>Directrice</p></article><article><h3>Claire Morel</h3><p>Professeure de piano</p></article></div>`;
    const rooms = `<div class="salles"><article><h3>Salle Debussy</h3><p>Piano à queue</p></article><article><h3>Salle Ravel</h3><p>Studio</p></article></div>`;
    expect(named(team + rooms)).toEqual([
      ["Sophie Lambert", "Directrice"],
      ["Claire Morel", "Professeure de piano"],
    ]);
    expect(named(rooms)).toEqual([]);
  });
  it("splits a legal line naming several managing directors", () => {
    expect(
      named(
        `<p>Registered in England and Wales No. 08123456. Directors: Sarah Collins, James Patel, Dr Ruth Okafor. Registered office: Leeds.</p><p>Geschäftsführer: Dr. Andreas Keller, Birgit Sommer, Dipl.-Ing. Stefan Hoffmann</p>`,
      ).map(([n]) => n),
    ).toEqual([
      "Sarah Collins",
      "James Patel",
      "Ruth Okafor",
      "Andreas Keller",
      "Birgit Sommer",
      "Stefan Hoffmann",
    ]);
  });
});

describe("where a person was found", () => {
  it("each person carries the page they were read from", () => {
    const found = extractPage(`<p>Founder: Aileen McNamara</p>`, "https://acme.ie/about").people;
    expect(found).toEqual([
      expect.objectContaining({ name: "Aileen McNamara", sourceUrl: "https://acme.ie/about" }),
    ]);
  });
});
