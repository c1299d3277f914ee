import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ZLeadStageSchema, ZLeadStatusSchema } from "@/lib/leads/lead-query-schemas";
import type { LeadParams } from "./lead-search-params";

/**
 * A plain GET form: applying filters navigates to /leads?… so the URL is the view, works without
 * JavaScript, and the back button steps through earlier views. The cursor is dropped on apply.
 */
export function LeadFiltersForm({
  params,
  errors,
}: {
  params: LeadParams;
  errors: Record<string, string[]>;
}) {
  return (
    <form method="get" action="/leads" aria-label="Filter leads" className="space-y-4">
      {params.sort && <input type="hidden" name="sort" value={params.sort} />}
      {params.job_id && <input type="hidden" name="job_id" value={params.job_id} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="Search" error={errors.q}>
          <Input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder="Name, company, email…"
          />
        </FormField>
        <FormField label="Status" error={errors.status}>
          <Select name="status" defaultValue={params.status ?? ""}>
            <option value="">Any status</option>
            {ZLeadStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Stage" error={errors.stage}>
          <Select name="stage" defaultValue={params.stage ?? ""}>
            <option value="">Any stage</option>
            {ZLeadStageSchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </FormField>
        <div className="grid grid-cols-2 gap-2">
          <FormField label="Score from" error={errors.min_score}>
            <Input
              type="number"
              name="min_score"
              min={0}
              max={100}
              defaultValue={params.min_score}
            />
          </FormField>
          <FormField label="Score to" error={errors.max_score}>
            <Input
              type="number"
              name="max_score"
              min={0}
              max={100}
              defaultValue={params.max_score}
            />
          </FormField>
        </div>
        <FormField label="Email" error={errors.has_email}>
          <Select name="has_email" defaultValue={params.has_email ?? ""}>
            <option value="">With or without email</option>
            <option value="true">Has an email</option>
            <option value="false">No email</option>
          </Select>
        </FormField>
        <FormField label="Phone" error={errors.has_phone}>
          <Select name="has_phone" defaultValue={params.has_phone ?? ""}>
            <option value="">With or without phone</option>
            <option value="true">Has a phone</option>
            <option value="false">No phone</option>
          </Select>
        </FormField>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit">Apply filters</Button>
        <Link href="/leads" className="text-sm text-brand-600 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
