import type { RuleSet } from "./schema";

// A sensible B2B ideal-customer profile for teams that have not written their own: reachable
// decision makers at a real company that shows buying intent. Points add up past 100 on purpose;
// the score is capped, so a lead need not tick every box to be hot.

const DECISION_MAKER =
  "\\b(ceo|cto|cfo|coo|cmo|cro|chief|founder|co-founder|owner|president|managing director|vp|vice president|head of|director|partner|geschäftsführer|geschäftsführerin|gründer|gründerin|inhaber|inhaberin|vorstand|leiter|leiterin|directeur|directrice|fondateur|fondatrice|gérant|gérante|pdg|président|directora|fundador|fundadora|gerente|socio)";

const TEAM_PAGE =
  "/(team|about|about-us|people|leadership|management|ueber-uns|uber-uns|unternehmen|equipe|équipe|a-propos|qui-sommes-nous|quienes-somos|nosotros|equipo)([/?#.-]|$)";

export const DEFAULT_RULE_SET: RuleSet = {
  name: "Default B2B profile",
  base: 0,
  thresholds: { hot: 70, warm: 40 },
  rules: [
    {
      id: "business-email",
      label: "Business email address",
      points: 15,
      when: { op: "exists", field: "derived.businessEmails" },
    },
    {
      id: "named-email",
      label: "Email of a named person, not a shared inbox",
      points: 5,
      when: { op: "exists", field: "derived.namedEmails" },
    },
    {
      id: "webmail-only",
      label: "Only free webmail addresses",
      points: -10,
      when: {
        op: "and",
        conditions: [
          { op: "exists", field: "derived.webmailEmails" },
          { op: "not", condition: { op: "exists", field: "derived.businessEmails" } },
        ],
      },
    },
    {
      id: "direct-phone",
      label: "Direct phone number",
      points: 10,
      when: { op: "exists", field: "derived.directPhones" },
    },
    {
      id: "decision-maker",
      label: "Decision maker named on the site",
      points: 20,
      when: { op: "matches", field: "people.title", pattern: DECISION_MAKER },
    },
    {
      id: "team-page",
      label: "Team or about page",
      points: 5,
      when: {
        op: "or",
        conditions: [
          { op: "matches", field: "derived.pageUrls", pattern: TEAM_PAGE },
          { op: "gte", field: "derived.peopleCount", value: 3 },
        ],
      },
    },
    {
      id: "company-linkedin",
      label: "Company LinkedIn profile",
      points: 5,
      when: { op: "equals", field: "socials.platform", value: "linkedin" },
    },
    {
      id: "hiring",
      label: "Hiring (careers page or job ads)",
      points: 10,
      when: { op: "gte", field: "signals.hiring.strength", value: 0.5 },
    },
    {
      id: "funding",
      label: "Recent funding news",
      points: 15,
      when: { op: "exists", field: "signals.funding" },
    },
    {
      id: "pricing-page",
      label: "Public pricing page",
      points: 10,
      when: { op: "exists", field: "signals.pricing_page" },
    },
    {
      id: "demo-or-contact",
      label: "Demo or contact form",
      points: 10,
      when: {
        op: "or",
        conditions: [
          { op: "exists", field: "signals.demo_request" },
          { op: "exists", field: "signals.contact_intent" },
        ],
      },
    },
    {
      id: "integrations",
      label: "Integrations or known tech stack",
      points: 5,
      when: {
        op: "or",
        conditions: [
          { op: "exists", field: "signals.integrations" },
          { op: "exists", field: "enrichment.techStack" },
        ],
      },
    },
    {
      id: "expansion",
      label: "Expanding (new offices or markets)",
      points: 5,
      when: { op: "exists", field: "signals.expansion" },
    },
    {
      id: "new-product",
      label: "New product or feature launch",
      points: 5,
      when: { op: "exists", field: "signals.new_product" },
    },
    {
      id: "compliance",
      label: "Compliance pages (SOC 2, GDPR, ISO 27001)",
      points: 5,
      when: { op: "exists", field: "signals.compliance" },
    },
    {
      id: "company-size",
      label: "Company size in the target range (11–1000)",
      points: 10,
      when: {
        op: "in",
        field: "enrichment.employeeRange",
        values: ["11-50", "51-200", "201-500", "501-1000"],
      },
    },
  ],
};
