import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { HydrationMark } from "@/components/hydration-mark";
import { Label } from "./label";

type ControlProps = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

export interface FormFieldProps {
  label: ReactNode;
  /** The input (or select, textarea): it receives the id and aria wiring. */
  children: ReactElement<ControlProps>;
  /** Shown under the control and announced to screen readers. */
  error?: string | string[];
  hint?: ReactNode;
  id?: string;
  className?: string;
}

/** Label + control + hint + error, wired together with ids so screen readers read them as one. */
export function FormField({ label, children, error, hint, id, className }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? children.props.id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const messages = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const describedBy =
    [hint ? hintId : null, messages.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        "aria-invalid": messages.length > 0 || undefined,
        "aria-describedby": describedBy,
      })
    : children;
  return (
    <div className={className ?? "space-y-1.5"}>
      <HydrationMark />
      <Label htmlFor={controlId}>{label}</Label>
      {control}
      {hint && (
        <p id={hintId} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <div id={errorId} className="space-y-0.5 text-sm text-red-600 dark:text-red-400">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </div>
  );
}
