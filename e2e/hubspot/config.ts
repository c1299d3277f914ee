import { appPort } from "../stripe/config";

// The local HubSpot the browser flows connect to: its port (two after the app's), and the app
// credentials the app is started with. These are credentials of a loopback fake, not HubSpot's.
export const hubspotPort = Number(process.env.E2E_HUBSPOT_PORT ?? appPort + 2);
export const HUBSPOT_E2E = {
  url: `http://127.0.0.1:${hubspotPort}`,
  clientId: "leadscout-e2e-app",
  clientSecret: "hs-e2e-local-secret",
} as const;

/** What `GET /_e2e/state` answers: the records the local HubSpot holds, and the tokens it issued. */
export interface HubSpotState {
  companies: { id: string; properties: Record<string, string | null> }[];
  contacts: { id: string; properties: Record<string, string | null> }[];
  associations: string[];
  issuedTokens: string[];
  /** Names of the custom (not HubSpot-defined) properties per object type. */
  customProperties: Record<string, string[]>;
}
