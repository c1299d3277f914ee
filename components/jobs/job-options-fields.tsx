"use client";

import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { NewJobValues } from "./new-job-values";

/** How each site is crawled and processed: the API's job options. */
export function JobOptionsFields({ form }: { form: UseFormReturn<NewJobValues> }) {
  const { errors } = form.formState;
  return (
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
  );
}
