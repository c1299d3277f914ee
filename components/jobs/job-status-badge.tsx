import { Badge } from "@/components/ui/badge";
import { JOB_STATUS_TONE } from "./format";

/** A job's (or one URL's) status as a coloured badge with the status in words. */
export function JobStatusBadge({ status }: { status: string }) {
  return <Badge tone={JOB_STATUS_TONE[status] ?? "neutral"}>{status.replace("_", " ")}</Badge>;
}
