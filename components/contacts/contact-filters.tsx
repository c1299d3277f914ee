"use client";

import { Search } from "lucide-react";
import Form from "next/form";
import Link from "next/link";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** The Contacts page's view, as its URL says it (raw strings; lib/contacts validates them). */
export interface ContactParams {
  q?: string;
  has_email?: string;
  job_id?: string;
  lead_id?: string;
  sort?: string;
  cursor?: string;
}

/** /contacts with the view's parameters, some changed (undefined drops one). */
export function contactsHref(params: ContactParams, change: Partial<ContactParams> = {}): string {
  const merged = { ...params, ...change };
  const query = new URLSearchParams(
    Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return query ? `/contacts?${query}` : "/contacts";
}

const SORTS = [
  ["-created_at", "Newest first"],
  ["created_at", "Oldest first"],
  ["name", "Name A→Z"],
  ["-name", "Name Z→A"],
] as const;

/**
 * A GET form to /contacts: the URL is the view and it works without JavaScript. A changed select
 * applies at once; the search applies on Enter. A job or lead filter from a link rides along.
 */
export function ContactFilters({
  params,
  errors,
}: {
  params: ContactParams;
  errors: Record<string, string[]>;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const apply = () => ref.current?.requestSubmit();
  return (
    <Form
      ref={ref}
      key={JSON.stringify(params)}
      action="/contacts"
      aria-label="Filter contacts"
      className="space-y-4"
    >
      {params.job_id && <input type="hidden" name="job_id" value={params.job_id} />}
      {params.lead_id && <input type="hidden" name="lead_id" value={params.lead_id} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="Search contacts" error={errors.q} className="space-y-1.5 sm:col-span-2">
          <Input
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder="Name, title, email or domain"
          />
        </FormField>
        <FormField label="Email" error={errors.has_email}>
          <Select name="has_email" defaultValue={params.has_email ?? ""} onChange={apply}>
            <option value="">Any</option>
            <option value="true">Has one</option>
            <option value="false">None</option>
          </Select>
        </FormField>
        <FormField label="Sort" error={errors.sort}>
          <Select name="sort" defaultValue={params.sort ?? "-created_at"} onChange={apply}>
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      {(errors.job_id || errors.lead_id || errors.cursor) && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {[...(errors.job_id ?? []), ...(errors.lead_id ?? []), ...(errors.cursor ?? [])].join(
            " ",
          )}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          <Search aria-hidden className="size-4" />
          Apply filters
        </Button>
        <Link href="/contacts" className="text-sm text-brand-600 hover:underline">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
