// Lint for the whole tree (docs/decisions/016-lint-and-format.md): typescript-eslint with type
// information, Next.js, React hooks, jsx-a11y — and the import boundaries the layout depends on
// (docs/decisions/001-code-layout.md), written as rules so a wrong import fails `npm test`.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import local from "./eslint-rules/no-server-only-in-client.mjs";

// ---- Import boundaries -------------------------------------------------------------------------
// ESLint does not merge a rule's options across config objects (the last match wins), so each area
// below lists every restriction that applies to it, built from these pieces.
const prismaClient = {
  regex: "(^@/|/)lib/generated(/|$)",
  message: "Only lib/<domain>/ server modules use the generated Prisma client; call one of them instead.",
};
const prismaConstructor = {
  regex: "(^@/|/)lib/generated/prisma/client$",
  importNames: ["PrismaClient"],
  allowTypeImports: true,
  message: 'Only lib/db.ts constructs the Prisma client: import { db } from "@/lib/db".',
};
const prismaPackages = {
  regex: "^(@prisma/|better-sqlite3$)",
  message: "Only lib/db.ts opens the database (Prisma client, driver adapter, better-sqlite3).",
};
const pgDriver = {
  regex: "^(pg|pg-boss|pg-pool)(/|$)",
  message:
    "PostgreSQL is reached through Prisma (lib/db.ts); only the job engine (lib/jobs/) and live updates (lib/live/) hold connections of their own.",
};
const dbModule = {
  regex: "(^@/|/)lib/db$",
  message: "Only lib/<domain>/ server modules use the database: call one of them (a page, action or route handler goes through lib/).",
};
const serverOnly = {
  regex: "^server-only$",
  message: "components/ are UI: server-only code lives in lib/<domain>/ and reaches a component as props or through a server action.",
};
const twilioSdk = {
  regex: "^twilio(/|$)",
  message: "The Twilio SDK is used only in lib/providers/twilio/ (provider HTTP lives behind its small typed functions).",
};
const editorCode = {
  regex: "(^@/|/)(lib/workstreams/operating-hours/preview|components/)",
  message: "The message engine runs on every callback: it uses the domain's evaluate/message-text modules, never editor or UI code.",
};
const sonnerDirect = {
  regex: "^sonner$",
  allowTypeImports: true,
  message: 'Import { toast } from "@/components/ui/toast": sonner then loads with the first toast, not with every page (decision 027).',
};
const restrictImports = (...patterns) => ["error", { patterns }];

// ---- Provider HTTP and configuration -----------------------------------------------------------
const noFetch = [
  "error",
  {
    name: "fetch",
    message: "Provider HTTP lives only in lib/providers/<provider>/: call its typed function (base URLs come from lib/env).",
  },
];
// NODE_ENV and NEXT_RUNTIME are constants Next.js inlines at build time, not configuration.
const noProcessEnv = [
  "error",
  {
    selector:
      "MemberExpression[object.type='Identifier'][object.name='process'][property.name='env']:not(MemberExpression[property.name=/^(NODE_ENV|NEXT_RUNTIME)$/] > MemberExpression.object)",
    message: 'Configuration is read only in lib/env (validated by zod): use getEnv() from "@/lib/env".',
  },
];

// Prisma's `contains` ignores case on SQLite but not on PostgreSQL, and doesn't escape % and _.
const noBareContains = {
  selector: "Property[key.name='contains']",
  message: "Search with containsText() from @/lib/db-text: it ignores case and escapes % and _ the same way on SQLite and PostgreSQL.",
};

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "e2e/.tmp/**",
      "next-env.d.ts",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },

  // ---- Language rules ----
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Template literals with numbers and the like read fine; the rule flags every `${count}`.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // async server actions and route handlers without an await are the framework's shape.
      "@typescript-eslint/require-await": "off",
    },
  },
  // Plain JavaScript (scripts, the migration runner, configs) is linted without type information.
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },

  // ---- React and Next.js ----
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    extends: [nextPlugin.configs["core-web-vitals"], reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: { ...globals.browser } },
    settings: { next: { rootDir: import.meta.dirname } },
    rules: {
      // Our components' `autoFocus` props are focus management, not the DOM attribute; the few
      // <Input autoFocus> are the first field of a single-purpose page (sign-in, a wizard step).
      "jsx-a11y/no-autofocus": ["error", { ignoreNonDOM: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { local },
    rules: { "local/no-server-only-in-client": "error" },
  },

  // ---- Import boundaries, by area ----
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(prismaClient, prismaPackages, pgDriver, dbModule, twilioSdk),
      "no-restricted-globals": noFetch,
      "no-restricted-syntax": noProcessEnv,
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(
        prismaClient,
        prismaPackages,
        pgDriver,
        dbModule,
        serverOnly,
        twilioSdk,
        sonnerDirect,
      ),
    },
  },
  {
    files: ["components/ui/sonner.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(prismaClient, prismaPackages, pgDriver, dbModule, serverOnly, twilioSdk),
    },
  },
  {
    // lib/<domain>/ uses the Prisma namespace (types, error classes, enums) and db — never constructs a client.
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(prismaConstructor, prismaPackages, pgDriver, twilioSdk),
      "no-restricted-syntax": [...noProcessEnv, noBareContains],
    },
  },
  {
    files: ["lib/db-text.ts"],
    rules: { "no-restricted-syntax": noProcessEnv },
  },
  {
    // The job engine (pg-boss) and live updates (LISTEN/NOTIFY) hold PostgreSQL connections of their own.
    files: ["lib/jobs/**", "lib/live/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports(prismaConstructor, prismaPackages, twilioSdk) },
  },
  {
    files: ["lib/message-engine/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(prismaConstructor, prismaPackages, pgDriver, twilioSdk, editorCode),
    },
  },
  {
    files: ["lib/providers/twilio/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports(prismaConstructor, prismaPackages, pgDriver) },
  },
  {
    files: ["lib/db.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // Exercise the secret-sealing Prisma extension, the statement cache and the statistics upkeep against a real in-memory SQLite database.
    files: ["lib/secrets/fields.test.ts", "lib/db-statement-cache.test.ts", "lib/db-statistics.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: ["lib/providers/**"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // components/ run in the browser and fetch the app's own same-origin route handlers (never a provider).
    files: ["components/**"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["lib/env.ts", "lib/env/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Test helpers name the throwaway database and key for lib/env before it is first read.
    files: ["lib/testing/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Tooling outside the running app: the migration runner, start/build/bench scripts, configs.
    files: ["prisma/**", "scripts/**", "*.config.{ts,mjs}"],
    rules: { "@typescript-eslint/no-restricted-imports": "off", "no-restricted-globals": "off", "no-restricted-syntax": "off" },
  },
  {
    // Playwright specs drive the built app from outside: they start it with its environment, compute
    // Twilio signatures with Twilio's SDK, and call the app and the fakes over HTTP. Their data goes
    // through the app's own client (e2e/support/database.ts), never SQL of their own.
    files: ["e2e/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictImports(prismaClient, prismaPackages, dbModule),
      "no-restricted-globals": "off",
      "no-restricted-syntax": "off",
    },
  },
  {
    // The e2e fixtures' one way into the database under test: lib/db.ts's client factory.
    files: ["e2e/support/database.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrictImports(prismaClient, prismaPackages) },
  },
);
