import { describe, expect, it } from "vitest";
import { detectTechStack } from "./tech-stack";

const names = (r: { name: string }[]) => r.map((t) => t.name).sort();

describe("detectTechStack", () => {
  it("finds CMS, analytics, chat, payments and framework from one WordPress page", () => {
    const found = detectTechStack({
      headers: { server: "nginx/1.25", "x-powered-by": "PHP/8.2" },
      assets: [
        "https://shop.example/wp-content/themes/x/style.css",
        "https://www.googletagmanager.com/gtag/js?id=G-ABC123",
        "https://widget.intercom.io/widget/abcd",
        "https://js.stripe.com/v3/",
        "https://shop.example/wp-includes/js/jquery/jquery.min.js",
      ],
      generator: "WordPress 6.5",
      html: "",
    });
    expect(names(found)).toEqual(
      ["Google Analytics", "Intercom", "PHP", "Stripe", "WordPress", "jQuery", "nginx"].sort(),
    );
    expect(found.find((t) => t.name === "WordPress")?.evidence).toBe("generator");
    expect(found.find((t) => t.name === "Stripe")?.category).toBe("payments");
  });

  it("detects a Next.js app from headers and inline data, and nothing on a bare page", () => {
    const next = detectTechStack({
      headers: { "x-powered-by": "Next.js", "x-vercel-id": "fra1::abc" },
      assets: ["/_next/static/chunks/main.js"],
      html: '<script id="__NEXT_DATA__" type="application/json">{}</script>',
    });
    expect(names(next)).toEqual(["Next.js", "React", "Vercel"]);
    expect(next.find((t) => t.name === "Next.js")?.evidence).toBe("header:x-powered-by");
    expect(detectTechStack({ headers: {}, assets: [], html: "<p>hello</p>" })).toEqual([]);
  });
});
