import { describe, expect, it } from "vitest";
import { extractPhones } from "./index";
import { phonesInLine } from "./phones";

const phones = (html: string, country = "DE") =>
  extractPhones(html, country).map((p) => `${p.kind}:${p.value}`);

describe("phones: sources and kinds", () => {
  it("reads tel: links and JSON-LD telephone/faxNumber as E.164", () => {
    const html = `<a href="tel:+49%2030%2012345678">call</a><script type="application/ld+json">{"@type":"LocalBusiness","telephone":"089 1234567","faxNumber":"089 1234568"}</script>`;
    expect(phones(html)).toEqual(["phone:+493012345678", "phone:+49891234567", "fax:+49891234568"]);
  });
  it("marks Fax/Telefax/Télécopie labels as fax and mobile numbers as mobile", () => {
    expect(phones(`<p>Tel. 030 1234567 · Telefax: 030 1234568 · Handy 0171 2345678</p>`)).toEqual([
      "phone:+49301234567",
      "fax:+49301234568",
      "mobile:+491712345678",
    ]);
    expect(phones(`<p>Télécopie : 01 42 68 53 01</p>`, "FR")).toEqual(["fax:+33142685301"]);
    expect(phones(`<dl><dt>Fax</dt><dd>+39 02 1234 5679</dd></dl>`, "IT")).toEqual([
      "fax:+390212345679",
    ]);
  });
  it("infers the country from the ccTLD, address or lang", () => {
    const at = extractPhones(`<p>Tel. 01 5123456</p>`, undefined, "https://hotel.at/").map(
      (p) => p.value,
    );
    expect(at).toEqual(["+4315123456"]);
    const fr = extractPhones(
      `<html lang="fr"><p>Tél. : 01 42 68 53 00</p></html>`,
      undefined,
      "https://cabinet.com/",
    ).map((p) => p.value);
    expect(fr).toEqual(["+33142685300"]);
    const us = extractPhones(`<p>12 Main St, Austin, TX 78701 · Call (512) 476-2200</p>`).map(
      (p) => p.value,
    );
    expect(us).toEqual(["+15124762200"]);
  });
});

describe("phones: label scope", () => {
  it("lends a label only from a label-only previous line", () => {
    expect(
      phones(`<p>Tel./Fax: 030 1234567</p><p><i class="icon-phone"></i> 030 7654321</p>`),
    ).toEqual(["fax:+49301234567", "phone:+49307654321"]);
  });
  it("reads compound phone labels", () => {
    expect(
      phones(
        `<p>Telefonnummer: 030 1234567 · Faxnummer: 030 1234568 · Servicenummer 0800 1234567</p>`,
      ),
    ).toEqual(["phone:+49301234567", "fax:+49301234568", "phone:+498001234567"]);
  });
  it("lets the nearest label win on a line with several numbers", () => {
    expect(phones(`<p>Fax 030 1234568 · Tel 030 1234567</p>`)).toEqual([
      "fax:+49301234568",
      "phone:+49301234567",
    ]);
  });
});

describe("phones: traps", () => {
  it.each([
    ["dates", `<p>Stand: 14.02.2025, Termin 2026-03-12, geöffnet ab 01/02/2026</p>`],
    ["date ranges", `<p>Gültig 06.01.2026 – 01.02.2026 · Saison 2025-12-15–2026-04-06</p>`],
    [
      "day-month ranges without year",
      `<table><tr><td>01/04 – 15/06</td><td>€ 95</td></tr></table><p>Saison 01.04. – 15.06.</p>`,
    ],
    ["version numbers", `<p>Release v2.14.3 (build 4504567890)</p>`],
    ["prices", `<p>Preis: 1.299,00 € · ab EUR 1 290 000 · $2,500</p>`],
    [
      "order and tracking numbers",
      `<p>Bestellnummer: 0301234567 · Sendungsnummer 00340434161094042557 · Order #0301234568</p>`,
    ],
    ["invoice numbers", `<p>Rechnung Nr. 0301234569 · Invoice INV-2025-0301234</p>`],
    [
      "IBAN and VAT ids",
      `<p>IBAN: DE89 3704 0044 0532 0130 00 · USt-IdNr.: DE 298 765 432 · UID ATU12345678</p>`,
    ],
    [
      "register and tax numbers",
      `<p>Steuernummer 143/123/45678 · HRB 123456 · SIRET 512 345 678 00021</p>`,
    ],
    ["zip codes", `<p>Venloer Str. 212, 50823 Köln</p>`],
    ["unlabelled bare digit runs", `<p>Artikel 0301234567 im Angebot</p>`],
    [
      "numbers named by any other compound label",
      `<p>Vorgangsnummer: 030 1234567 · Policy number 020 7946 0958 · Mitglieds-Nummer 089 1234567</p>`,
    ],
    ["form placeholders", `<input type="tel" placeholder="030 1234567">`],
    ["numbers in comments", `<!-- Tel. 030 1234567 -->`],
  ])("never reports %s", (_label, html) => {
    expect(phones(html)).toEqual([]);
  });
});

describe("phones: English pages without other evidence", () => {
  it("read national numbers as US, which cannot turn a UK national number into a false one", () => {
    const en = extractPhones(
      `<html lang="en"><p>Call (512) 476-2200 or 0161 496 0123</p></html>`,
    ).map((p) => p.value);
    expect(en).toEqual(["+15124762200"]);
  });
});

describe("phone lines seen again (footers repeat on every page)", () => {
  it("answers a repeated line from memory, but never across a different label line or country", () => {
    const first = phonesInLine("+49 30 1234567", "DE", "Fax");
    expect(first).toEqual([{ value: "+49301234567", raw: "+49 30 1234567", kind: "fax" }]);
    expect(phonesInLine("+49 30 1234567", "DE", "Fax")).toBe(first);
    expect(phonesInLine("+49 30 1234567", "DE", "Telefon")[0]?.kind).toBe("phone");
    expect(phonesInLine("030 1234567", "DE", "Tel")[0]?.value).toBe("+49301234567");
    expect(phonesInLine("030 1234567", undefined, "Tel")).toEqual([]);
    // What is handed out is frozen: a caller cannot change what the next page reads.
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});

describe("phones: dates and reference codes (#22 item 5)", () => {
  const us = (html: string) => phones(html, "US");
  it.each([
    ["a trip code built from a date", `<p>Your trip XX-20240715-14 is confirmed.</p>`],
    ["a labelled booking code", `<p>Trip code: AB-20240715-14</p>`],
    ["a compact date with a suffix", `<p>Departure 20240715-14, gate B</p>`],
    ["a day-first compact date", `<p>Batch 15072024-14 shipped</p>`],
    ["digits glued to letters after them", `<p>Ticket 212-555-0142A</p>`],
    ["digits glued to letters before them", `<p>Serial SN_212-555-0142</p>`],
  ])("does not read %s as a phone", (_label, html) => {
    expect(us(html)).toEqual([]);
  });
  it("keeps ordinary numbers, and dates or codes a phone label names", () => {
    expect(us(`<p>Reach us at 212-555-0142 or (212) 555-0143</p>`)).toEqual([
      "phone:+12125550142",
      "phone:+12125550143",
    ]);
    expect(us(`<p>Phone: 2024-071-514</p>`)).toEqual(["phone:+12024071514"]);
    expect(phones(`<p>Tel. 030 20240715</p>`)).toEqual(["phone:+493020240715"]);
  });
});
