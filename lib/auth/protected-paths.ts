/** Pages that need a signed-in user; the proxy sends everyone else to /sign-in. */
export const PROTECTED_PREFIXES = [
  "/dashboard",
  "/jobs",
  "/leads",
  "/contacts",
  "/analytics",
  "/settings",
  "/organizations",
] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
