// SSRF-safe outbound HTTP shared by the app, the scraper and the enricher.
export { FetchError, isFetchError, type FetchErrorCode } from "./errors";
export { classifyAddress, isIpLiteral, type AddressVerdict } from "./ip-policy";
export {
  guardedLookup,
  REFUSED_MESSAGE,
  parseAllowlist,
  resolveChecked,
  systemResolver,
  type Resolver,
  type ResolvedAddress,
} from "./guarded-lookup";
export { decodeBody, sniffCharset } from "./charset";
export {
  createSafeFetch,
  DEFAULT_MAX_BYTES,
  HTML_TYPES,
  type SafeFetch,
  type SafeFetchConfig,
  type SafeFetchOptions,
  type SafeResponse,
} from "./safe-fetch";
