"use client";

import { Search } from "lucide-react";
import Form from "next/form";
import Link from "next/link";
import { useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ZLeadStageSchema, ZLeadStatusSchema } from "@/lib/leads/lead-query-schemas";
import type { LeadParams } from "./lead-search-params";

export interface JobOption {
  id: string;
  name: string;
}

/**
 * A GET form to /leads: the URL is the view, the back button steps through earlier views, and
 * it works without JavaScript. With it, next/form navigates client-side and a changed select
 * applies at once; the search box applies on Enter. The cursor is dropped on every change.
 */
export function LeadFiltersForm({
  params,
  errors,
  jobs,
}: {
  params: LeadParams;
  errors: Record<string, string[]>;
  jobs: JobOption[];
}) {
  const ref = useRef<HTMLFormElement>(null);
  const apply = () => ref.current?.requestSubmit();
  const jobListed = !params.job_id || jobs.some((j) => j.id === params.job_id);
  // Remount on a new URL so every input shows the view's own values (back button, Clear).
  const key = JSON.stringify(params);
  // Leave empty fields out of the URL ("any" is the default), so a shared link says only what
  // the view filters on. Re-enabled once next/form has read the form.
  const dropEmpty = (e: FormEvent<HTMLFormElement>) => {
    const empty = [...e.currentTarget.elements].filter(
      (el): el is HTMLInputElement =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) &&
        el.name !== "" &&
        el.value === "",
    );
    empty.forEach((el) => (el.disabled = true));
    setTimeout(() => empty.forEach((el) => (el.disabled = false)));
  };

  return (
    <Form
      ref={ref}
      key={key}
      action="/leads"
      onSubmit={dropEmpty}
      aria-label="Filter leads"
      className="space-y-4"
    >
      {params.sort && <input type="hidden" name="sort" value={params.sort} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="Search leads" error={errors.q} className="space-y-1.5 sm:col-span-2">
          <Input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder="Name, company, email or domain"
          />
        </FormField>
        <FormField label="Status" error={errors.status}>
          <Select name="status" defaultValue={params.status ?? ""} onChange={apply}>
            <option value="">Any status</option>
            {ZLeadStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Stage" error={errors.stage}>
          <Select name="stage" defaultValue={params.stage ?? ""} onChange={apply}>
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
        <div className="grid grid-cols-2 gap-2">
          <FormField label="Created from" error={errors.from}>
            <Input type="date" name="from" defaultValue={params.from} />
          </FormField>
          <FormField label="Created to" error={errors.to}>
            <Input type="date" name="to" defaultValue={params.to} />
          </FormField>
        </div>
        <FormField label="Job" error={errors.job_id}>
          <Select name="job_id" defaultValue={params.job_id ?? ""} onChange={apply}>
            <option value="">Any job</option>
            {!jobListed && <option value={params.job_id}>The job in the link</option>}
            {jobs.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </Select>
        </FormField>
        <div className="grid grid-cols-2 gap-2">
          {(["email", "phone"] as const).map((what) => {
            const name = `has_${what}` as const;
            return (
              <FormField
                key={what}
                label={what === "email" ? "Email" : "Phone"}
                error={errors[name]}
              >
                <Select name={name} defaultValue={params[name] ?? ""} onChange={apply}>
                  <option value="">Any</option>
                  <option value="true">Has one</option>
                  <option value="false">None</option>
                </Select>
              </FormField>
            );
          })}
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          <Search aria-hidden className="size-4" />
          Apply filters
        </Button>
        <Link href="/leads" className="text-sm text-brand-600 hover:underline">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
