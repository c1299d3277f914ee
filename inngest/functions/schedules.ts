import { sendEvent } from "@/inngest/client";
import { billingAllowancesDue } from "@/inngest/events";
import type { LocalSchedule } from "@/inngest/local/schedules";
import { RENEWAL_EVERY_MS } from "./billing/renew-allowances";

/** What the embedded default runs on a timer in place of cron triggers (see local/schedules.ts). */
export const LOCAL_SCHEDULES: LocalSchedule[] = [
  {
    name: "billing-renew-allowances",
    everyMs: RENEWAL_EVERY_MS,
    fire: () => sendEvent(billingAllowancesDue.create({ reason: "hourly schedule" })),
  },
];
