import { formatDate } from "@/components/jobs/format";

/** A timestamp as the settings tables show it (UTC, so server and client render the same). */
export function formatWhen(iso: string | null, none = "—"): string {
  return iso ? formatDate(iso) : none;
}
