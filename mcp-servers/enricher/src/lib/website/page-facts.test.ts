import { describe, expect, it } from "vitest";
import { readPageFacts } from "./page-facts";

describe("readPageFacts", () => {
  it("reads the Organization from a JSON-LD @graph, resolving relative logo URLs", () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Site"},
        {"@type":["Organization","Corporation"],"name":"Globex","logo":{"@type":"ImageObject","url":"/img/logo.svg"},
         "numberOfEmployees":{"@type":"QuantitativeValue","minValue":50,"maxValue":99},"foundingDate":"1989",
         "address":{"@type":"PostalAddress","addressLocality":"Springfield","addressCountry":{"@type":"Country","name":"US"}},
         "sameAs":["https://www.linkedin.com/company/globex"]}]}</script>
      <script type="application/ld+json">{ broken json </script>
      <meta name="generator" content="Drupal 10"><link rel="icon" href="/favicon.ico">
      <script src="/js/app.js"></script></head><body></body></html>`;
    const facts = readPageFacts(html, "https://globex.example/about");
    expect(facts.org).toMatchObject({
      name: "Globex",
      logo: "https://globex.example/img/logo.svg",
      foundingDate: "1989",
      location: "Springfield, US",
      sameAs: ["https://www.linkedin.com/company/globex"],
    });
    expect(facts.org.numberOfEmployees).toMatchObject({ maxValue: 99 });
    expect(facts.meta.generator).toBe("Drupal 10");
    expect(facts.icon).toBe("https://globex.example/favicon.ico");
    expect(facts.assets).toEqual(["https://globex.example/js/app.js"]);
  });

  it("finds the publisher organization inside an Article and ignores non-http logos", () => {
    const html = `<script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Initech","logo":"javascript:alert(1)"}}</script>`;
    const facts = readPageFacts(html, "https://initech.example/");
    expect(facts.org.name).toBe("Initech");
    expect(facts.org.logo).toBeUndefined();
  });
});
