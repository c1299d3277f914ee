import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { AUDIT_ACTIONS } from "@/lib/audit/schemas";
import { actionLabel } from "./labels";

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/**
 * A plain GET form: the filters live in the URL (shareable, back button works) and need no
 * client code. Dates are whole UTC days.
 */
export function AuditFilters({
  values,
  actors,
}: {
  values: AuditFilterValues;
  actors: { id: string; email: string }[];
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter the audit log"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end"
    >
      <div className="space-y-1">
        <Label htmlFor="audit-actor">Who</Label>
        <Select id="audit-actor" name="actor" defaultValue={values.actor ?? ""}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-action">What</Label>
        <Select id="audit-action" name="action" defaultValue={values.action ?? ""}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Link
          href="/settings/audit-log"
          className="inline-flex h-10 items-center px-3 text-sm font-medium text-brand-600 hover:underline"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
