// A lead like the scraper and enricher produce, for the rules editor's live preview. Editable in
// the page; it is never stored.
import type { LeadData } from "@/lib/scoring-rules/schemas";

export const SAMPLE_LEAD: LeadData = {
  domain: "northwind-analytics.com",
  company: {
    name: "Northwind Analytics",
    description: "Revenue analytics for B2B SaaS teams.",
  },
  emails: [
    {
      value: "jane.doe@northwind-analytics.com",
      sourceUrl: "https://northwind-analytics.com/team",
    },
    { value: "info@northwind-analytics.com", sourceUrl: "https://northwind-analytics.com/contact" },
  ],
  phones: [{ value: "+493012345678", kind: "phone" }],
  socials: [
    { platform: "linkedin", url: "https://www.linkedin.com/company/northwind", kind: "company" },
  ],
  people: [
    { name: "Jane Doe", title: "Head of Sales" },
    { name: "Max Muster", title: "Software Engineer" },
  ],
  pages: [
    {
      url: "https://northwind-analytics.com/careers",
      title: "Careers",
      text: "We're hiring! Open positions: Account Executive, Customer Success Manager.",
    },
    {
      url: "https://northwind-analytics.com/pricing",
      title: "Pricing",
      text: "Plans and pricing. Book a demo with our team.",
    },
  ],
  enrichment: { industry: "Software", employeeRange: "51-200" },
};

export const SAMPLE_LEAD_JSON = JSON.stringify(SAMPLE_LEAD, null, 2);
