// What each CRM's OAuth flow offers lib/crm/connection.ts: one shape for HubSpot's and
// Salesforce's authorization-code flows, so connect, refresh and disconnect are written once.

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  /** Salesforce: the org's API host (checked). Null for HubSpot, whose API host is fixed. */
  instanceUrl?: string | null;
}

export interface CrmAccount {
  accountId: string;
  accountName: string | null;
}

export interface CrmOAuth {
  configured(): boolean;
  /** Where to send the admin's browser, carrying `state`. */
  authorizeUrl(state: string): string;
  exchange(code: string): Promise<{ tokens: TokenSet; account: CrmAccount }>;
  refresh(refreshToken: string): Promise<TokenSet>;
  revoke(refreshToken: string): Promise<void>;
}
