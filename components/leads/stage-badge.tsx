import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { LeadStage } from "@/lib/leads/lead-query-schemas";
import { STAGE_LABELS } from "@/lib/leads/stages";

const STAGE_TONE: Record<LeadStage, BadgeTone> = {
  new: "neutral",
  contacted: "brand",
  qualified: "brand",
  proposal: "amber",
  won: "green",
  lost: "red",
  archived: "neutral",
};

export function StageBadge({ stage }: { stage: LeadStage }) {
  return <Badge tone={STAGE_TONE[stage]}>{STAGE_LABELS[stage]}</Badge>;
}

/** "Current stage: Qualified", read by people and by the browser tests alike. */
export function CurrentStage({ stage }: { stage: LeadStage }) {
  return (
    <p className="flex items-center gap-2">
      Current stage: <StageBadge stage={stage} />
    </p>
  );
}
