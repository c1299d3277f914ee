import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every workspace package lists exactly what its code imports, and reaches nothing outside its
// own folder by relative path: started from its folder, it needs nothing the app happens to have.
const ROOT = path.resolve(__dirname, "../..");

function workspacePackages(): string[] {
  const yaml = readFileSync(path.join(ROOT, "pnpm-workspace.yaml"), "utf8");
  const section = yaml.split(/^packages:\s*$/m)[1]!.split(/^\S/m)[0]!;
  const globs = [...section.matchAll(/^\s+-\s+"([^"]+)"/gm)].map((m) => m[1]!);
  return globs.flatMap((g) =>
    g.endsWith("/*")
      ? readdirSync(path.join(ROOT, g.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => path.join(g.slice(0, -2), d.name))
      : [g],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Bare package names and relative targets each file imports. */
function importsOf(file: string): { packages: string[]; relative: string[] } {
  const specs = [...readFileSync(file, "utf8").matchAll(SPECIFIER)].map((m) => m[1]!);
  const packages = specs
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:"))
    .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!))
    .filter((name) => !builtinModules.includes(name));
  const relative = specs
    .filter((s) => s.startsWith("."))
    .map((s) => path.resolve(path.dirname(file), s));
  return { packages, relative };
}

describe.each(workspacePackages())("package %s", (dir) => {
  const abs = path.join(ROOT, dir);
  const manifest = JSON.parse(readFileSync(path.join(abs, "package.json"), "utf8")) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const files = sourceFiles(abs);
  const used = new Set(files.flatMap((f) => importsOf(f).packages));
  used.delete(manifest.name);

  it("declares every package its code imports, and no package it does not", () => {
    expect([...used].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
  });

  it("reaches nothing outside its folder by relative path", () => {
    const escapes = files.flatMap((f) =>
      importsOf(f)
        .relative.filter((target) => path.relative(abs, target).startsWith(".."))
        .map((target) => `${path.relative(ROOT, f)} -> ${path.relative(ROOT, target)}`),
    );
    expect(escapes).toEqual([]);
  });

  it("takes its sibling packages from the workspace", () => {
    for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
      if (name.startsWith("@leadscout/")) expect(range, name).toBe("workspace:*");
  });
});
