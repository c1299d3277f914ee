import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const OUTSIDE_LAYERS = ["tests/**", "e2e/**", "bench/**"];
const NO_APP = {
  group: ["@/app/*", "**/app/*"],
  message:
    "Nothing outside app/ imports app/: move the code to lib/<domain> (actions: lib/<domain>/actions.ts).",
};
const NO_DB = {
  group: ["@/lib/db", "@/lib/db/*"],
  message: "Components never import lib/db: call the domain in lib/<domain> (or its actions).",
};
const NO_PACKAGE_SOURCE = {
  group: ["@/mcp-servers/*", "**/mcp-servers/*/src/*", "@leadscout/*/src/*"],
  message: 'Import a workspace package by its name and its package.json "exports", not its files.',
};

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "**/dist/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "tests/fixtures/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // Layers (docs/architecture.md): app/ -> lib/<domain> -> lib/db, one way. Tests, e2e flows and
  // benchmarks may reach anything: exercising internals is their job.
  {
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: [...OUTSIDE_LAYERS, "app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP, NO_PACKAGE_SOURCE] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [NO_APP, NO_PACKAGE_SOURCE, NO_DB] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PACKAGE_SOURCE] }] },
  },
  {
    // A relative path into another workspace package (its package.json) skips its "exports".
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: OUTSIDE_LAYERS,
    rules: { "import/no-relative-packages": "error" },
  },
  {
    // Installed packages cannot import lib/: they are neither parsed nor followed.
    files: ["lib/**/*.{ts,tsx}"],
    settings: { "import/ignore": ["node_modules"] },
    // A lazy import() (lib/db/client.ts opening the embedded server) cannot see a half-built module.
    rules: {
      "import/no-cycle": [
        "error",
        { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true },
      ],
    },
  },
  {
    // ~300 lines of code a file (blank lines and comments aside); tests may run longer.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: [...OUTSIDE_LAYERS, "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Test helpers such as useTestDb() and Playwright's `use` fixtures are not React hooks.
    files: ["tests/**", "e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
