// Browser-facing security headers: the pages' CSP with a per-request nonce, and the headers every
// response carries.
export { contentSecurityPolicy, monitoringOrigins, type CspOptions } from "./csp";
export { baseSecurityHeaders, isFramablePath, newNonce, pageCsp } from "./page-headers";
