import type { Selectable } from "kysely";
import type { ScrapingJobsTable } from "@/lib/db";
import { iso } from "@/lib/serialize";

export type JobRow = Selectable<ScrapingJobsTable>;

export interface JobProgress {
  total_urls: number;
  processed_urls: number;
  successful_urls: number;
  failed_urls: number;
  /** URLs being worked on right now. */
  processing_urls: number;
  leads_found: number;
  percent: number;
  /** Seconds to go at the rate seen so far; null before the first URL settles or after the end. */
  eta_seconds: number | null;
}

export interface Job {
  id: string;
  org_id: string;
  type: JobRow["type"];
  status: JobRow["status"];
  options: Record<string, unknown>;
  source: { url?: string; sitemap_url?: string };
  progress: JobProgress;
  credits: { reserved: number; used: number; released: number };
  webhook_url: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
}

/** ETA from the rate so far: honest enough for a progress bar, and never negative. */
export function etaSeconds(row: JobRow, now = Date.now()): number | null {
  if (row.completed_at || !row.started_at || row.processed_urls === 0) return null;
  const elapsed = (now - new Date(row.started_at).getTime()) / 1000;
  const rate = row.processed_urls / Math.max(elapsed, 0.001);
  return Math.max(0, Math.round((row.total_urls - row.processed_urls) / rate));
}

export function toJob(row: JobRow, processing: number): Job {
  const input = row.input as { url?: string; sitemap_url?: string };
  return {
    id: row.id,
    org_id: row.org_id,
    type: row.type,
    status: row.status,
    options: row.options,
    source: { url: input.url, sitemap_url: input.sitemap_url },
    progress: {
      total_urls: row.total_urls,
      processed_urls: row.processed_urls,
      successful_urls: row.successful_urls,
      failed_urls: row.failed_urls,
      processing_urls: processing,
      leads_found: row.leads_found,
      percent: row.total_urls ? Math.floor((row.processed_urls / row.total_urls) * 100) : 0,
      eta_seconds: etaSeconds(row),
    },
    credits: {
      reserved: row.credits_reserved,
      used: row.credits_used,
      released: row.credits_released,
    },
    webhook_url: row.webhook_url,
    error: row.error,
    created_at: iso(row.created_at)!,
    started_at: iso(row.started_at),
    completed_at: iso(row.completed_at),
  };
}
