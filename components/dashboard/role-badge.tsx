import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/orgs/schemas";

const TONE: Record<Role, BadgeTone> = { admin: "brand", member: "green", viewer: "neutral" };
export const ROLE_LABEL: Record<Role, string> = {
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
};

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={TONE[role]}>{ROLE_LABEL[role]}</Badge>;
}
