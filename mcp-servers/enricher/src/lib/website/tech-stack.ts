import { TECH_SIGNATURES, type TechCategory, type TechSignature } from "./tech-signatures";

export interface TechItem {
  name: string;
  category: TechCategory;
  /** What gave it away, e.g. "header:x-powered-by", "asset:https://js.stripe.com/v3", "generator". */
  evidence: string;
}

export interface TechInputs {
  headers: Record<string, string>;
  /** Script src and stylesheet href values, absolute or not. */
  assets: string[];
  generator?: string;
  /** Inline scripts plus raw markup, already truncated by the caller. */
  html: string;
}

function match(sig: TechSignature, input: TechInputs): string | undefined {
  for (const [name, pattern] of Object.entries(sig.headers ?? {})) {
    const value = input.headers[name];
    if (value !== undefined && pattern.test(value)) return `header:${name}`;
  }
  if (sig.generator && input.generator && sig.generator.test(input.generator)) return "generator";
  if (sig.asset) {
    const hit = input.assets.find((a) => sig.asset!.test(a));
    if (hit) return `asset:${hit.slice(0, 200)}`;
  }
  if (sig.html && sig.html.test(input.html)) return "html";
  return undefined;
}

/** Every signature that matches, in table order (one entry per technology). */
export function detectTechStack(input: TechInputs): TechItem[] {
  const found: TechItem[] = [];
  for (const sig of TECH_SIGNATURES) {
    const evidence = match(sig, input);
    if (evidence) found.push({ name: sig.name, category: sig.category, evidence });
  }
  return found;
}
