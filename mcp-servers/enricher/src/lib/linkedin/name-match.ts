function tokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 2);
}

/** Share of the wanted name's tokens found in the text (0..1): "Jane Doe" vs "jane-doe-4b2a" = 1. */
export function nameOverlap(wanted: string, text: string): number {
  const want = tokens(wanted);
  if (want.length === 0) return 0;
  const have = new Set(tokens(text));
  return want.filter((t) => have.has(t)).length / want.length;
}
