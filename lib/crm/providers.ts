import type { CrmAdapter } from "./adapter";
import { hubspotOAuthFlow } from "./hubspot/oauth";
import { hubspotAdapter } from "./hubspot/sync";
import type { CrmOAuth } from "./oauth";
import { salesforceOAuthFlow } from "./salesforce/oauth";
import { salesforceAdapter } from "./salesforce/sync";
import type { CrmProvider } from "./schemas";

// Each CRM is its OAuth flow and its push adapter; everything else in lib/crm is shared.
export const CRMS: Record<CrmProvider, { oauth: CrmOAuth; adapter: CrmAdapter }> = {
  hubspot: { oauth: hubspotOAuthFlow, adapter: hubspotAdapter },
  salesforce: { oauth: salesforceOAuthFlow, adapter: salesforceAdapter },
};

/** The CRMs this installation is configured for (their app credentials are set). */
export const configuredCrms = (): CrmProvider[] =>
  (Object.keys(CRMS) as CrmProvider[]).filter((p) => CRMS[p].oauth.configured());
