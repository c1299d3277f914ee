import type { BadgeTone } from "@/components/ui/badge";

// Display helpers shared by the jobs views; one locale so server and client render the same text.
export const numberFormat = new Intl.NumberFormat("en-US");

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString("en-US", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${seconds % 60}s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export const JOB_STATUS_TONE: Record<string, BadgeTone> = {
  pending: "neutral",
  processing: "brand",
  completed: "green",
  failed: "red",
  cancelled: "amber",
  blocked: "red",
  not_found: "amber",
};

export const isJobRunning = (status: string) => status === "pending" || status === "processing";
