"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createJobAction } from "@/app/(dashboard)/jobs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CreditEstimate } from "./credit-estimate";
import { newIdempotencyKey } from "./idempotency-key";
import { SourceTabs } from "./source-tabs";
import {
  formErrorsOf,
  NEW_JOB_DEFAULTS,
  splitLines,
  toJobInput,
  ZNewJobFormSchema,
  type NewJobField,
  type NewJobValues,
} from "./new-job-values";

const TEXTAREA_CLASS =
  "block min-h-40 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900";

export function NewJobForm({ orgId, llm }: { orgId: string; llm: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  // One key per form: a double submit, or a retry after a lost response, returns the same job.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<NewJobValues>({
    resolver: zodResolver(ZNewJobFormSchema),
    defaultValues: NEW_JOB_DEFAULTS,
  });
  const { errors } = form.formState;
  const v = useWatch({ control: form.control }) as NewJobValues;
  const urlCount =
    v.type === "single"
      ? 1
      : v.type === "bulk"
        ? new Set(splitLines(v.urls_text)).size
        : Number(v.max_urls) || 0;

  const onSubmit = form.handleSubmit((values) => {
    if (pending) return;
    setFormError(null);
    startTransition(async () => {
      const result = await createJobAction({
        orgId,
        idempotency_key: idempotencyKey,
        job: toJobInput(values),
      });
      if (result.ok) return router.push(`/jobs/${result.data.id}`);
      const fieldErrors = formErrorsOf(result.error.fields ?? {});
      const names = Object.keys(fieldErrors) as NewJobField[];
      names.forEach((name, i) =>
        form.setError(
          name,
          { type: "server", message: fieldErrors[name] },
          { shouldFocus: i === 0 },
        ),
      );
      setFormError(names.length ? "Fix the fields marked below." : result.error.message);
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New job" className="max-w-2xl space-y-6">
      {formError && <Alert tone="error">{formError}</Alert>}
      <SourceTabs value={v.type} onChange={(t) => form.setValue("type", t)} />

      {v.type === "single" && (
        <FormField
          label="Website URL"
          error={errors.url?.message}
          hint="A bare domain means https."
        >
          <Input placeholder="https://acme.com" autoComplete="off" {...form.register("url")} />
        </FormField>
      )}
      {v.type === "bulk" && (
        <FormField
          label="Website URLs, one per line"
          error={errors.urls_text?.message}
          hint="Up to 10,000; duplicates are dropped."
        >
          <textarea className={TEXTAREA_CLASS} {...form.register("urls_text")} />
        </FormField>
      )}
      {v.type === "sitemap" && (
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
          <FormField
            label="Sitemap URL"
            error={errors.sitemap_url?.message}
            hint="A sitemap, sitemap index, robots.txt or site root."
          >
            <Input placeholder="https://acme.com/sitemap.xml" {...form.register("sitemap_url")} />
          </FormField>
          <FormField label="Pages at most" error={errors.max_urls?.message}>
            <Input
              type="number"
              min={1}
              max={10000}
              {...form.register("max_urls", { valueAsNumber: true })}
            />
          </FormField>
        </div>
      )}

      <fieldset className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 text-sm font-semibold">Options</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Max pages per site" error={errors.max_pages?.message}>
            <Input
              type="number"
              min={1}
              max={50}
              {...form.register("max_pages", { valueAsNumber: true })}
            />
          </FormField>
          <FormField label="Rendering" error={errors.render?.message}>
            <Select {...form.register("render")}>
              <option value="auto">Auto (render when needed)</option>
              <option value="http">HTTP only</option>
              <option value="browser">Always render in a browser</option>
            </Select>
          </FormField>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("enrich")} /> Enrich leads with company facts
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...form.register("qualify")} /> Score leads with your rules
        </label>
      </fieldset>

      <CreditEstimate
        urlCount={urlCount}
        enrich={v.enrich}
        qualify={v.qualify}
        llm={llm}
        sitemap={v.type === "sitemap"}
      />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Confirm and start job
        </Button>
        <Button variant="ghost" onClick={() => router.push("/jobs")} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
