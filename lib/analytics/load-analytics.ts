import type { JwtClaims } from "@/lib/db";
import { creditsPerDay, jobsPerDay } from "./activity-queries";
import { leadsByStage, leadsPerDay, stageConversion, topSources } from "./lead-queries";
import type {
  CreditsPerDay,
  DateRange,
  JobsPerDay,
  LeadsPerDay,
  SourceCount,
  StageConversion,
  StageCount,
} from "./schemas";

export interface Analytics {
  range: DateRange;
  leadsPerDay: LeadsPerDay[];
  leadsByStage: StageCount[];
  stageConversion: StageConversion[];
  creditsPerDay: CreditsPerDay[];
  topSources: SourceCount[];
  jobsPerDay: JobsPerDay[];
}

/** Every chart of the Analytics page for one range, the queries run side by side. */
export async function loadAnalytics(
  claims: JwtClaims,
  orgId: string,
  range: DateRange,
): Promise<Analytics> {
  const [perDay, byStage, conversion, credits, sources, jobs] = await Promise.all([
    leadsPerDay(claims, orgId, range),
    leadsByStage(claims, orgId, range),
    stageConversion(claims, orgId, range),
    creditsPerDay(claims, orgId, range),
    topSources(claims, orgId, range),
    jobsPerDay(claims, orgId, range),
  ]);
  return {
    range,
    leadsPerDay: perDay,
    leadsByStage: byStage,
    stageConversion: conversion,
    creditsPerDay: credits,
    topSources: sources,
    jobsPerDay: jobs,
  };
}
