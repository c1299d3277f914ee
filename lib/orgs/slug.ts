import { randomBytes } from "node:crypto";

const MAX_BASE = 40; // leaves room for "-" + a 6-character suffix within the 48-character limit

/** A URL slug from an organization name: "Acme GmbH & Co." → "acme-gmbh-co". */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, "");
  return base || "org";
}

/** The same slug with a short random tail, for when the plain one is taken. */
export function withSuffix(slug: string): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const tail = Array.from(randomBytes(6), (b) => alphabet[b % alphabet.length]).join("");
  return `${slug.slice(0, MAX_BASE)}-${tail}`;
}
