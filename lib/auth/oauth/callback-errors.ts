import { AppError } from "@/lib/errors";

// A failed provider sign-in returns to /sign-in with a code, never with a message: a message in
// the URL would let anyone link to our sign-in page showing words of their choosing.
export const OAUTH_ERROR_MESSAGES = {
  failed: "Sign-in with that provider did not complete. Start again below.",
  unverified:
    "That account has no verified email address. Verify your address with the provider, or sign up with email and password.",
  unavailable: "The sign-in provider did not answer. Try again in a moment.",
  rate_limited: "Too many accounts were created from your network. Try again later.",
  not_configured: "That sign-in provider is not configured here.",
} as const;
export type OAuthErrorCode = keyof typeof OAUTH_ERROR_MESSAGES;

export function oauthErrorCode(err: unknown): OAuthErrorCode {
  if (!(err instanceof AppError)) return "failed";
  switch (err.code) {
    case "forbidden":
      return "unverified";
    case "unavailable":
      return "unavailable";
    case "rate_limited":
      return "rate_limited";
    case "not_found":
      return "not_configured";
    default:
      return "failed";
  }
}

export function oauthErrorMessage(code: unknown): string | null {
  return typeof code === "string" && code in OAUTH_ERROR_MESSAGES
    ? OAUTH_ERROR_MESSAGES[code as OAuthErrorCode]
    : null;
}
