import type { FieldErrors } from "@/lib/errors";
import type { Condition } from "@leadscout/mcp-qualifier/rules/schema";
import type { RuleSet, RuleSetInput } from "@/lib/scoring-rules/schemas";

// The rules editor's form is the rule set with each rule's condition as JSON text (conditions
// nest, and/or/not, so a text box is the honest editor for them). These helpers convert both
// ways and map the schema's error paths onto the form's fields.

export interface RuleValues {
  id: string;
  label: string;
  points: number;
  when: string;
}

export interface RulesFormValues {
  name: string;
  base: number;
  thresholds: { hot: number; warm: number };
  rules: RuleValues[];
}

/** A leaf condition on one line, { "op": "exists", "field": "x" }: short enough to read at a glance. */
function inline(leaf: Condition): string {
  const parts = Object.entries(leaf).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{ ${parts.join(", ")} }`;
}

/**
 * A condition as the editor shows it: leaves on one line each, and/or/not spread over lines with
 * their children indented, so the default profile's rules stay a few lines tall.
 */
export function formatCondition(c: Condition, indent = ""): string {
  const inner = `${indent}  `;
  if (c.op === "and" || c.op === "or")
    return `{ "op": "${c.op}", "conditions": [\n${c.conditions.map((x) => inner + formatCondition(x, inner)).join(",\n")}\n${indent}] }`;
  if (c.op === "not")
    return `{ "op": "not", "condition": ${formatCondition(c.condition, indent)} }`;
  return inline(c);
}

export function toFormValues(set: RuleSet): RulesFormValues {
  return {
    name: set.name ?? "",
    base: set.base,
    thresholds: { hot: set.thresholds.hot, warm: set.thresholds.warm },
    rules: set.rules.map((r) => ({
      id: r.id,
      label: r.label,
      points: r.points,
      when: formatCondition(r.when),
    })),
  };
}

/** The form as the schema's input; conditions that are not JSON come back as field errors. */
export function toRuleSetInput(values: RulesFormValues): {
  input: RuleSetInput;
  jsonErrors: FieldErrors;
} {
  const jsonErrors: FieldErrors = {};
  const rules = (values.rules ?? []).map((r, i) => {
    let when: unknown = null;
    try {
      when = JSON.parse(r.when);
    } catch (err) {
      jsonErrors[`rules.${i}.when`] = [
        `Condition is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      ];
    }
    return { id: r.id, label: r.label, points: r.points, when };
  });
  const name = values.name?.trim();
  return {
    input: {
      ...(name ? { name } : {}),
      base: values.base,
      thresholds: values.thresholds,
      rules,
    } as RuleSetInput,
    jsonErrors,
  };
}

const DIRECT = /^(name|base|thresholds\.(hot|warm)|rules\.\d+\.(id|label|points|when))$/;

/**
 * Schema error paths → form field names. A problem deep inside a condition
 * ("rules.2.when.conditions.0.pattern") shows under that rule's condition box, prefixed with
 * where inside it; anything with no field of its own is returned in `other` for the form's alert.
 */
export function mapRuleSetErrors(fields: FieldErrors): {
  byField: Record<string, string>;
  other: string[];
} {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  const add = (name: string, message: string) => {
    byField[name] = byField[name] ? `${byField[name]} ${message}` : message;
  };
  for (const [path, messages] of Object.entries(fields)) {
    const text = messages.join(" ");
    const inCondition = /^(rules\.\d+\.when)\.(.+)$/.exec(path);
    if (DIRECT.test(path)) add(path, text);
    else if (inCondition) add(inCondition[1]!, `${inCondition[2]}: ${text}`);
    else if (path === "thresholds") add("thresholds.hot", text);
    else other.push(path === "_" || path === "rules" ? text : `${path}: ${text}`);
  }
  return { byField, other };
}
