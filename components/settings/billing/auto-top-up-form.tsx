"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { numberFormat } from "@/components/jobs/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { saveAutoTopUpAction } from "@/lib/billing/actions";
import { CREDIT_PACK_SPECS } from "@/lib/billing/plans";
import { CREDIT_PACKS, type AutoTopUpSettings, type CreditPack } from "@/lib/billing/schemas";
import { useActionSubmit } from "@/components/forms/use-action-submit";

type FieldErrors = Partial<Record<keyof AutoTopUpSettings, string[]>>;

/** The auto top-up settings form (admins). Saving again lifts a pause. */
export function AutoTopUpForm({ initial }: { initial: AutoTopUpSettings }) {
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [fields, setFields] = useState<FieldErrors>({});
  const { pending, error, notice, submit } = useActionSubmit({
    action: saveAutoTopUpAction,
    thrown: "The settings could not be saved: the server did not answer. Try again.",
    onSuccess: () => {
      setFields({});
      router.refresh();
      return "Auto top-up settings saved.";
    },
    onFailure: (e) => {
      setFields((e.fields ?? {}) as FieldErrors);
      return e.message;
    },
  });
  return (
    <form
      aria-label="Auto top-up"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(v);
      }}
    >
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={v.enabled}
          onChange={(e) => setV({ ...v, enabled: e.target.checked })}
        />
        Buy credits automatically when the balance runs low
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="When the balance is under" error={fields.threshold}>
          <Input
            type="number"
            min={0}
            value={v.threshold}
            onChange={(e) => setV({ ...v, threshold: Number(e.target.value) })}
          />
        </FormField>
        <FormField label="Buy" error={fields.pack}>
          <Select
            value={v.pack}
            onChange={(e) => setV({ ...v, pack: e.target.value as CreditPack })}
          >
            {CREDIT_PACKS.map((p) => (
              <option key={p} value={p}>
                {numberFormat.format(CREDIT_PACK_SPECS[p].credits)} credits · $
                {CREDIT_PACK_SPECS[p].priceUsd}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="At most, per month" error={fields.max_per_month}>
          <Input
            type="number"
            min={1}
            max={31}
            value={v.max_per_month}
            onChange={(e) => setV({ ...v, max_per_month: Number(e.target.value) })}
          />
        </FormField>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? "Saving…" : "Save auto top-up"}
      </Button>
    </form>
  );
}
