const VOWELS = /[aeiouyäöüéèáíóú]/i;

/**
 * Flags local parts a person is unlikely to own: letter runs with almost no vowels
 * ("xkqjzwrt"), six consonants in a row, or long strings that keep switching between letters and
 * digits ("a8f3k2m9q1"). Name-like parts ("j.smith", "schwarzkopf", "anna1987") pass.
 */
export function looksGibberish(local: string): boolean {
  const base = local.toLowerCase().split("+")[0]!;
  for (const token of base.split(/[._-]+/)) {
    const letters = token.replace(/[^a-zäöüéèáíóú]/g, "");
    if (letters.length >= 6) {
      const vowels = [...letters].filter((c) => VOWELS.test(c)).length;
      if (vowels / letters.length < 0.1) return true;
      if (/[^aeiouyäöüéèáíóú]{6,}/.test(letters)) return true;
    }
    if (token.length >= 10) {
      const switches = token.match(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/g)?.length ?? 0;
      if (switches >= 4) return true;
    }
  }
  // 16+ hex characters is a generated id, not a name.
  return /^[0-9a-f]{16,}$/.test(base.replace(/[._-]/g, ""));
}
