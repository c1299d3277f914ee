"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import {
  FIELD_LABELS,
  HONEYPOT_FIELD,
  TOKEN_FIELD,
  type InboundField,
} from "@/lib/inbound/schemas";

type Errors = Record<string, string[]>;

/**
 * The prospect's form. Without JavaScript it is a plain multipart post to the public endpoint,
 * which sends the browser back to this page (thank-you or errors). With JavaScript the same post
 * goes through fetch, so errors appear beside what was typed instead of a reloaded page.
 */
export function HostedForm({
  endpoint,
  fields,
  token,
  initialErrors,
}: {
  endpoint: string;
  fields: InboundField[];
  token: string;
  initialErrors: Errors;
}) {
  const [errors, setErrors] = useState<Errors>(initialErrors);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setPending(true);
    setErrors({});
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        body: new FormData(e.currentTarget),
        headers: { accept: "application/json" },
      });
      if (res.ok) return setSent(true);
      const body = (await res.json().catch(() => null)) as {
        error?: { message: string; fields?: Errors };
      } | null;
      setErrors(
        body?.error?.fields ?? { _: [body?.error?.message ?? "Something went wrong. Try again."] },
      );
    } catch {
      setErrors({ _: ["The form could not be sent: check your connection and try again."] });
    } finally {
      setPending(false);
    }
  };

  if (sent) return <ThankYou />;
  const general = [...(errors._ ?? []), ...(errors[TOKEN_FIELD] ?? [])];
  const err = (f: string) => errors[f]?.join(" ");
  return (
    <form
      method="post"
      action={endpoint}
      encType="multipart/form-data"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label="Contact form"
      className="space-y-4"
    >
      {general.length > 0 && <Alert tone="error">{general.join(" ")}</Alert>}
      <input type="hidden" name={TOKEN_FIELD} value={token} />
      {/* Hidden from people (and screen readers); a bot filling every input fills this too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>
          Leave this empty
          <input
            type="text"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </label>
      </div>
      {fields.map((f) => {
        const label = f === "email" ? `${FIELD_LABELS.email} (required)` : FIELD_LABELS[f];
        if (f === "message")
          return (
            <FormField key={f} label={label} error={err(f)}>
              <Textarea name="message" rows={5} maxLength={5000} />
            </FormField>
          );
        if (f === "file")
          return (
            <FormField key={f} label={label} error={err(f)}>
              <Input
                type="file"
                name="file"
                accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              />
            </FormField>
          );
        const type = f === "email" ? "email" : f === "phone" ? "tel" : "text";
        const auto = {
          name: "name",
          email: "email",
          company: "organization",
          website: "url",
          phone: "tel",
        }[f];
        return (
          <FormField key={f} label={label} error={err(f)}>
            <Input name={f} type={type} autoComplete={auto} required={f === "email"} />
          </FormField>
        );
      })}
      <Button type="submit" pending={pending}>
        Send
      </Button>
    </form>
  );
}

export function ThankYou() {
  return (
    <Alert tone="success">
      Thank you: your message was received. A confirmation is on its way to your inbox.
    </Alert>
  );
}
