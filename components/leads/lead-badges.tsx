import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONE: Record<string, BadgeTone> = { hot: "red", warm: "amber", cold: "brand" };

export function LeadStatusBadge({ status }: { status: string | null }) {
  if (!status) return <span className="text-zinc-400">—</span>;
  return <Badge tone={STATUS_TONE[status] ?? "neutral"}>{status}</Badge>;
}
