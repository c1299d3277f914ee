// Runs in the browser before the app hydrates.
import { z } from "zod";
import { scrub } from "./lib/monitoring/scrub";

// Zod probes for eval (`new Function`) to compile faster validators; the pages' CSP forbids eval,
// so the probe would be reported as a violation on every form. The interpreted validators are
// plenty for form input.
z.config({ jitless: true });

// Monitoring, only when configured: without these variables nothing loads or calls out.

const posthogKey = process.env.NEXT_PUBLIC_POSTHOG_KEY;
const sentryDsn = process.env.NEXT_PUBLIC_SENTRY_DSN;

if (posthogKey) {
  void import("posthog-js").then(({ default: posthog }) => {
    posthog.init(posthogKey, {
      api_host: process.env.NEXT_PUBLIC_POSTHOG_HOST ?? "https://us.i.posthog.com",
      person_profiles: "identified_only",
      autocapture: { dom_event_allowlist: ["click", "submit"] },
      mask_all_text: true,
      mask_all_element_attributes: true,
      session_recording: { maskAllInputs: true },
      sanitize_properties: (props) => scrub(props),
    });
  });
}

if (sentryDsn) {
  void import("@sentry/nextjs").then((Sentry) => {
    Sentry.init({ dsn: sentryDsn, sendDefaultPii: false, beforeSend: (event) => scrub(event) });
  });
}
