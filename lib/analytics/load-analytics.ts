import type { JwtClaims } from "@/lib/db";
import { conversionOf, reachedFromCurrentStages } from "./funnel";
import { creditsPerDay, jobsPerDay } from "./activity-queries";
import { leadsByStage, leadsPerDay, topSources } from "./lead-queries";
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
  const [perDay, byStage, credits, sources, jobs] = await Promise.all([
    leadsPerDay(claims, orgId, range),
    leadsByStage(claims, orgId, range),
    creditsPerDay(claims, orgId, range),
    topSources(claims, orgId, range),
    jobsPerDay(claims, orgId, range),
  ]);

  // Conversion is derived from the stage counts already read, not a second scan.
  return {
    range,
    leadsPerDay: perDay,
    leadsByStage: byStage,
    stageConversion: conversionOf(reachedFromCurrentStages(byStage)),
    creditsPerDay: credits,
    topSources: sources,
    jobsPerDay: jobs,
  };
}
