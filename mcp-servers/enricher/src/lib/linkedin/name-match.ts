// Printable ASCII has no accents to strip: most names skip the NFD pass and the Unicode regex.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lower-cased, accent-free word tokens of two or more letters or digits. */
export function nameTokens(text: string): string[] {
  const plain = PLAIN_ASCII.test(text)
    ? text
    : text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
  return plain
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 2);
}

/** Share of the wanted tokens present in `have` (0..1). */
export function tokenOverlap(want: readonly string[], have: ReadonlySet<string>): number {
  if (want.length === 0) return 0;
  let found = 0;
  for (const t of want) if (have.has(t)) found++;
  return found / want.length;
}

/** Share of the wanted name's tokens found in the text (0..1): "Jane Doe" vs "jane-doe-4b2a" = 1. */
export function nameOverlap(wanted: string, text: string): number {
  return tokenOverlap(nameTokens(wanted), new Set(nameTokens(text)));
}
