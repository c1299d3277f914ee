import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { SYNC_OBJECT_TYPES, SYNC_OUTCOMES } from "@/lib/crm/schemas";

/** A plain GET form: the filters live in the URL and need no client code. */
export function SyncLogFilters({ values }: { values: { outcome?: string; object_type?: string } }) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter the sync log"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="space-y-1">
        <Label htmlFor="sync-outcome">Outcome</Label>
        <Select id="sync-outcome" name="outcome" defaultValue={values.outcome ?? ""}>
          <option value="">Any outcome</option>
          {SYNC_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="sync-type">Record</Label>
        <Select id="sync-type" name="object_type" defaultValue={values.object_type ?? ""}>
          <option value="">Any record</option>
          {SYNC_OBJECT_TYPES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
      <Link className="text-sm underline" href="/settings/integrations">
        Clear
      </Link>
    </form>
  );
}
