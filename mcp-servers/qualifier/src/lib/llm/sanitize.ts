// Scraped text is untrusted. Before it reaches the model, sentences that read like instructions to
// an AI are cut out, and anything that looks like our delimiters is defused so a page cannot close
// its own <untrusted_page> block and speak outside it.

const INSTRUCTION_LIKE = [
  /ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules|messages)/i,
  /disregard (?:all |any )?(?:the )?(?:previous|prior|above|earlier|your) (?:instructions|prompts?|rules)/i,
  /(?:score|rate|mark|qualify|rank) (?:this|the) (?:lead|company|prospect) (?:as |at |with )?(?:\d{1,3}|hot)/i,
  /you are (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot|claude|gpt)/i,
  /\b(?:system prompt|new instructions|developer message)\b/i,
  /ignoriere (?:alle )?(?:vorherigen|bisherigen|obigen) (?:anweisungen|instruktionen)/i,
  /ignore[rz]? (?:toutes )?les instructions (?:pr[ée]c[ée]dentes|ci-dessus)/i,
  /ignora (?:todas )?las instrucciones (?:anteriores|previas)/i,
];

export const REMOVED_MARK = "[instruction-like text removed]";

const DELIMITER = /<\s*\/?\s*(?:untrusted_[a-z_]*|lead|rules)\b[^>]*>/gi;

/** Sentences (or lines) of text, keeping their terminators. */
function sentences(text: string): string[] {
  return text.match(/[^.!?\n]*(?:[.!?]+|\n|$)/g)?.filter((s) => s.length > 0) ?? [text];
}

export interface Sanitized {
  text: string;
  removed: number;
}

export function sanitizeUntrusted(text: string): Sanitized {
  let removed = 0;
  let out = text;
  if (INSTRUCTION_LIKE.some((re) => re.test(text))) {
    out = sentences(text)
      .map((s) => {
        if (!INSTRUCTION_LIKE.some((re) => re.test(s))) return s;
        removed++;
        return ` ${REMOVED_MARK} `;
      })
      .join("");
  }
  out = out.replace(DELIMITER, (tag) => tag.replace(/</g, "‹").replace(/>/g, "›"));
  return { text: out, removed };
}

/** Deep copy of a JSON value with every string sanitized. */
export function sanitizeValue(value: unknown): { value: unknown; removed: number } {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      const s = sanitizeUntrusted(v);
      removed += s.removed;
      return s.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), removed };
}
