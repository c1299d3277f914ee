// Personal data never leaves for Sentry or PostHog: emails, phone-like digit runs, tokens and keys
// are masked before an event is sent.
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
const SECRET =
  /\b(ls_live_[A-Za-z0-9]+|whsec_[A-Za-z0-9+/=]+|sk-ant-[\w-]+|eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/g;
const PHONE = /\+?\d[\d\s().-]{7,}\d/g;

export function scrubText(text: string): string {
  return text.replace(SECRET, "[secret]").replace(EMAIL, "[email]").replace(PHONE, "[phone]");
}

const SENSITIVE_KEYS = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|email|phone/i;

/** Deep-copies a value, masking sensitive keys and personal data inside strings. */
export function scrub<T>(value: T, depth = 0): T {
  if (depth > 8) return value;
  if (typeof value === "string") return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SENSITIVE_KEYS.test(k) ? "[redacted]" : scrub(v, depth + 1);
    }
    return out as T;
  }
  return value;
}
