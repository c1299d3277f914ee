"use client";

import type { JobPricing } from "@/lib/credits/prices";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import Link from "next/link";
import { createJobAction } from "@/lib/jobs/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { CreditEstimate } from "./credit-estimate";
import { newIdempotencyKey } from "./idempotency-key";
import { JobOptionsFields } from "./job-options-fields";
import { JobSourcePanels } from "./job-source-panels";
import {
  formErrorsOf,
  NEW_JOB_DEFAULTS,
  SOURCES,
  toJobInput,
  urlCountOf,
  ZNewJobFormSchema,
  type NewJobField,
  type NewJobValues,
  type Source,
} from "./new-job-values";

/**
 * The New job form, in the Jobs page's dialog or on /jobs/new. One idempotency key per mount (each
 * opening of the dialog): a double submit, or a retry after a lost response, returns the same job.
 * A refused request leaves every value in place, with the server's field errors under the inputs.
 */
export function NewJobForm({
  orgId,
  pricing,
  onCancel,
  labelled = true,
  maxUrls,
}: {
  orgId: string;
  /** What the estimate prices with (Claude, the organization's own keys). */
  pricing: JobPricing;
  /** The plan's URLs per job: a sitemap's "Pages at most" starts there, never above it. */
  maxUrls?: number;
  /** Where Cancel goes: the dialog closes itself; the page goes back to the jobs list. */
  onCancel?: () => void;
  /** The page names the form; inside the dialog the dialog's title already does. */
  labelled?: boolean;
}) {
  const router = useRouter();
  // A refusal that paying lifts (a plan limit, no credits, an overdue payment) links to Billing.
  const [billingError, setBillingError] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<NewJobValues>({
    resolver: zodResolver(ZNewJobFormSchema),
    defaultValues: {
      ...NEW_JOB_DEFAULTS,
      max_urls: Math.min(NEW_JOB_DEFAULTS.max_urls, maxUrls ?? NEW_JOB_DEFAULTS.max_urls),
    },
  });
  const v = useWatch({ control: form.control }) as NewJobValues;

  const { pending, error, submit } = useActionSubmit({
    action: (values: NewJobValues) => {
      setBillingError(false);
      return createJobAction({ orgId, idempotency_key: idempotencyKey, job: toJobInput(values) });
    },
    onSuccess: (job) => router.push(`/jobs/${job.id}`),
    onFailure: (err, values) => {
      const fieldErrors = formErrorsOf(err.fields ?? {}, values);
      const names = Object.keys(fieldErrors) as NewJobField[];
      names.forEach((name, i) =>
        form.setError(
          name,
          { type: "server", message: fieldErrors[name] },
          { shouldFocus: i === 0 },
        ),
      );
      setBillingError(/^(plan_limit_|billing_past_due$|insufficient_credits$)/.test(err.code));
      return names.length ? "Fix the fields marked below." : err.message;
    },
    thrown: "The server could not be reached. Try again.",
  });
  const onSubmit = form.handleSubmit(submit);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={labelled ? "New job" : undefined}
      className="max-w-2xl space-y-6"
    >
      {error && (
        <Alert tone="error">
          {error}
          {billingError && (
            <>
              {" "}
              <Link href="/settings/billing" className="font-medium underline">
                Upgrade or buy credits
              </Link>
            </>
          )}
        </Alert>
      )}
      <Tabs
        value={v.type}
        onValueChange={(t) => form.setValue("type", t as Source)}
        className="space-y-4"
      >
        <TabsList aria-label="Where the URLs come from">
          {SOURCES.map((s) => (
            <TabsTrigger key={s.value} value={s.value}>
              {s.label}
            </TabsTrigger>
          ))}
        </TabsList>
        <JobSourcePanels form={form} />
      </Tabs>
      <JobOptionsFields form={form} />
      <CreditEstimate
        urlCount={urlCountOf(v)}
        enrich={v.enrich}
        qualify={v.qualify}
        pricing={pricing}
        sitemap={v.type === "sitemap"}
      />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Start job
        </Button>
        <Button
          variant="ghost"
          onClick={onCancel ?? (() => router.push("/jobs"))}
          disabled={pending}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
