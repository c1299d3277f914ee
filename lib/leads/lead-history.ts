import { withUser, type JwtClaims } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { iso } from "@/lib/serialize";
import { ZLeadIdSchema, type LeadStage } from "./lead-query-schemas";

/** One stage change as the page and GET /api/v1/leads/{id}/history show it. */
export interface StageHistoryEntry {
  id: string;
  from: LeadStage | null;
  to: LeadStage;
  /** The member who moved it (for an API call, the key's creator); null when gone or unknown. */
  actor: { id: string; email: string | null; name: string | null } | null;
  /** Set when the move came through the API; its name when the reader may see keys. */
  api_key: { id: string; name: string | null } | null;
  changed_at: string;
}

export interface LeadHistory {
  stage: LeadStage;
  /** When the lead first reached each stage it has been in ("new": when it was created). */
  first_reached: Partial<Record<LeadStage, string>>;
  changes: StageHistoryEntry[];
}

/** At most this many changes are listed (the newest): a lead moves a handful of times. */
export const MAX_LISTED_CHANGES = 500;

/** A lead's stage history, oldest first, with the time each stage was first reached. */
export async function getLeadHistory(
  claims: JwtClaims,
  orgId: string,
  leadId: string,
): Promise<LeadHistory> {
  if (!ZLeadIdSchema.safeParse(leadId).success) throw notFound("Lead");
  return withUser(claims, async (tx) => {
    const lead = await tx
      .selectFrom("scraped_leads")
      .select(["stage", "created_at"])
      .where("id", "=", leadId)
      .where("org_id", "=", orgId)
      .executeTakeFirst();
    if (!lead) throw notFound("Lead");
    const rows = await tx
      .selectFrom("lead_stage_changes as c")
      .leftJoin("profiles as p", "p.id", "c.actor_id")
      // RLS shows api_keys to those who may manage them; others still see that a key was used.
      .leftJoin("api_keys as k", "k.id", "c.api_key_id")
      .select([
        "c.id",
        "c.from_stage",
        "c.to_stage",
        "c.actor_id",
        "c.api_key_id",
        "c.created_at",
        "p.email",
        "p.full_name",
        "k.name as key_name",
      ])
      .where("c.org_id", "=", orgId)
      .where("c.lead_id", "=", leadId)
      .orderBy("c.created_at", "desc")
      .orderBy("c.id", "desc")
      .limit(MAX_LISTED_CHANGES)
      .execute();
    const changes = rows.reverse().map((r): StageHistoryEntry => ({
      id: r.id,
      from: r.from_stage,
      to: r.to_stage,
      actor: r.actor_id
        ? { id: r.actor_id, email: r.email ?? null, name: r.full_name ?? null }
        : null,
      api_key: r.api_key_id ? { id: r.api_key_id, name: r.key_name ?? null } : null,
      changed_at: iso(r.created_at)!,
    }));
    // From every row, not only the listed ones (a long history is cut to the newest).
    const firsts = await tx
      .selectFrom("lead_stage_changes")
      .select(["to_stage", (eb) => eb.fn.min("created_at").as("at")])
      .where("org_id", "=", orgId)
      .where("lead_id", "=", leadId)
      .groupBy("to_stage")
      .execute();
    const first_reached: LeadHistory["first_reached"] = { new: iso(lead.created_at)! };
    for (const f of firsts)
      if (f.to_stage !== "new") first_reached[f.to_stage] = iso(f.at as Date | string)!;
    return { stage: lead.stage, first_reached, changes };
  });
}
