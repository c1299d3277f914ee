"use client";

import type { UseFormReturn } from "react-hook-form";
import { useWatch } from "react-hook-form";
import { useId } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TabsContent } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { CsvPicker } from "./csv-picker";
import type { NewJobValues } from "./new-job-values";

// Every panel stays mounted (hidden when inactive) so switching tabs loses nothing typed or loaded.
const PANEL = "data-[state=inactive]:hidden";

/** The four ways to say which sites to crawl, one tab panel each. */
export function JobSourcePanels({ form }: { form: UseFormReturn<NewJobValues> }) {
  const { errors } = form.formState;
  const skipErrorId = useId();
  const csvFile = useWatch({ control: form.control, name: "csv_file" });
  const badRows = useWatch({ control: form.control, name: "csv_bad_rows" });
  const opts = { shouldValidate: form.formState.isSubmitted };

  return (
    <>
      <TabsContent value="single" forceMount className={PANEL}>
        <FormField
          label="Website URL"
          error={errors.url?.message}
          hint="A bare domain means https."
        >
          <Input placeholder="https://acme.com" autoComplete="off" {...form.register("url")} />
        </FormField>
      </TabsContent>
      <TabsContent value="bulk" forceMount className={PANEL}>
        <FormField
          label="Website URLs, one per line"
          error={errors.urls_text?.message}
          hint="Up to 10,000; duplicates are dropped."
        >
          <Textarea className="min-h-40 font-mono" {...form.register("urls_text")} />
        </FormField>
      </TabsContent>
      <TabsContent value="csv" forceMount className={`${PANEL} space-y-3`}>
        <CsvPicker
          fileName={csvFile}
          error={errors.csv_file?.message}
          onPick={(p) => {
            form.setValue("csv_file", p.fileName, opts);
            form.setValue("csv_urls", p.urls, opts);
            form.setValue("csv_rows", p.rows, opts);
            form.setValue("csv_bad_rows", p.errors.length, opts);
          }}
        />
        {badRows > 0 && (
          <div className="space-y-1">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                aria-invalid={errors.csv_skip_bad ? true : undefined}
                aria-describedby={errors.csv_skip_bad ? skipErrorId : undefined}
                {...form.register("csv_skip_bad")}
              />
              Skip the rows that are not usable and crawl the rest
            </label>
            {errors.csv_skip_bad && (
              <p id={skipErrorId} className="text-sm text-red-600 dark:text-red-400">
                {errors.csv_skip_bad.message}
              </p>
            )}
          </div>
        )}
      </TabsContent>
      <TabsContent
        value="sitemap"
        forceMount
        className={`${PANEL} grid gap-4 sm:grid-cols-[1fr_10rem]`}
      >
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
      </TabsContent>
    </>
  );
}
