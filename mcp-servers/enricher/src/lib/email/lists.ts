import { disposableEmailBlocklistSet } from "disposable-email-domains-js";
import freeEmailDomains from "free-email-domains";

// Maintained lists from npm, refreshed by updating the packages, never edited here.
const webmail = new Set(freeEmailDomains.map((d) => d.toLowerCase()));
// Built once: the package's isDisposableEmailDomain() rebuilds its set on every call (~3 ms).
const disposable = disposableEmailBlocklistSet();

/** Parent domains count too: mail.mailinator.com is as throwaway as mailinator.com. */
function withParents(domain: string): string[] {
  const labels = domain.toLowerCase().split(".");
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}

export function isDisposable(domain: string): boolean {
  return withParents(domain).some((d) => disposable.has(d));
}

export function isWebmail(domain: string): boolean {
  return webmail.has(domain.toLowerCase());
}

// Shared inboxes rather than a person. Not a package: the list is short, stable and
// language-specific choices (kontakt, vertrieb) are ours to make.
const ROLE_LOCALS = new Set([
  "abuse",
  "accounts",
  "accounting",
  "admin",
  "administrator",
  "billing",
  "careers",
  "contact",
  "customercare",
  "customerservice",
  "enquiries",
  "enquiry",
  "finance",
  "hello",
  "help",
  "helpdesk",
  "hi",
  "hr",
  "info",
  "inquiries",
  "jobs",
  "kontakt",
  "legal",
  "mail",
  "marketing",
  "media",
  "news",
  "newsletter",
  "no-reply",
  "noreply",
  "office",
  "orders",
  "postmaster",
  "press",
  "privacy",
  "recruiting",
  "sales",
  "security",
  "service",
  "shop",
  "support",
  "team",
  "vertrieb",
  "webmaster",
]);

export function isRoleAccount(local: string): boolean {
  const base = local.toLowerCase().split("+")[0]!;
  return ROLE_LOCALS.has(base) || ROLE_LOCALS.has(base.replace(/[._-]/g, ""));
}
