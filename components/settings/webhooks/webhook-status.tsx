import { Badge } from "@/components/ui/badge";
import type { Webhook } from "@/lib/webhooks";

/** Active, failing (still retrying), paused by a person, or disabled by Leadscout with a reason. */
export function WebhookStatus({ hook }: { hook: Webhook }) {
  if (hook.active && hook.consecutive_failures > 0)
    return <Badge tone="amber">Failing ({hook.consecutive_failures})</Badge>;
  if (hook.active) return <Badge tone="green">Active</Badge>;
  if (hook.disabled_reason) return <Badge tone="red">Disabled</Badge>;
  return <Badge tone="neutral">Paused</Badge>;
}
