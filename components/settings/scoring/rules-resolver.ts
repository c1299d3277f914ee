import type { FieldError, Resolver } from "react-hook-form";
import { fieldErrorsOf, type FieldErrors } from "@/lib/errors";
import { ZRuleSetSchema } from "@/lib/scoring-rules/schemas";
import { mapRuleSetErrors, toRuleSetInput, type RulesFormValues } from "./form-values";

/** The form's errors in react-hook-form's nested shape, from flat "a.0.b" field names. */
function nest(byField: Record<string, string>, other: string[]) {
  const errors: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(byField)) {
    const keys = path.split(".");
    let node = errors;
    keys.slice(0, -1).forEach((k) => {
      node = (node[k] ??= {}) as Record<string, unknown>;
    });
    node[keys.at(-1)!] = { type: "validate", message } satisfies FieldError;
  }
  if (other.length) errors.root = { type: "validate", message: other.join(" ") };
  return errors;
}

/** Validates with the qualifier's own ZRuleSetSchema, exactly what the server will run. */
export function validateRules(values: RulesFormValues): FieldErrors | null {
  const { input, jsonErrors } = toRuleSetInput(values);
  const parsed = ZRuleSetSchema.safeParse(input);
  const fields = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...jsonErrors };
  return Object.keys(fields).length ? fields : null;
}

export const rulesResolver: Resolver<RulesFormValues> = async (values) => {
  const fields = validateRules(values);
  if (!fields) return { values, errors: {} };
  const { byField, other } = mapRuleSetErrors(fields);
  return { values: {}, errors: nest(byField, other) as never };
};
