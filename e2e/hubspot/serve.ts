import { HubSpotServer } from "@/tests/fakes/hubspot/server";
import { HUBSPOT_E2E, hubspotPort, type HubSpotState } from "./config";

// The local HubSpot for browser flows (a Playwright webServer): the same server the integration
// tests use — OAuth consent page, token endpoint, CRM objects and properties — plus /health for
// Playwright and GET /_e2e/state, which lets a spec read what HubSpot now holds (and every token
// it handed out, to check that none reaches a page). Run: `tsx e2e/hubspot/serve.ts`.

const json = (value: unknown) => JSON.stringify(value);

const server: HubSpotServer = new HubSpotServer({
  clientId: HUBSPOT_E2E.clientId,
  clientSecret: HUBSPOT_E2E.clientSecret,
  extraRoutes: (req, res, url) => {
    if (req.method !== "GET") return false;
    if (url.pathname === "/health") {
      res.end("ok");
      return true;
    }
    if (url.pathname !== "/_e2e/state") return false;
    const state: HubSpotState = {
      companies: [...server.companies.values()].map(({ id, properties }) => ({ id, properties })),
      contacts: [...server.contacts.values()].map(({ id, properties }) => ({ id, properties })),
      associations: [...server.associations],
      issuedTokens: server.issuedTokens,
      customProperties: server.properties.customNames(),
    };
    res.writeHead(200, { "content-type": "application/json" }).end(json(state));
    return true;
  },
});

await server.start(hubspotPort);
console.log(`local HubSpot on ${server.url}`);
