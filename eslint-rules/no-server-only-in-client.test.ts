import { join } from "node:path";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { noServerOnlyInClient } from "./no-server-only-in-client.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// Real modules of the tree: lib/db.ts is marked server-only, lib/utils.ts is not.
const filename = join(import.meta.dirname, "..", "components", "example.tsx");
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });

tester.run("no-server-only-in-client", noServerOnlyInClient, {
  valid: [
    { filename, code: '"use client";\nimport { cn } from "@/lib/utils";' },
    { filename, code: 'import { db } from "@/lib/db";' }, // a server component may
    { filename, code: '"use client";\nimport { useState } from "react";' },
  ],
  invalid: [
    { filename, code: '"use client";\nimport { db } from "@/lib/db";', errors: [{ messageId: "serverOnly" }] },
    { filename, code: '"use client";\nimport "server-only";', errors: [{ messageId: "serverOnly" }] },
    { filename, code: '"use client";\nexport { db } from "../lib/db";', errors: [{ messageId: "serverOnly" }] },
  ],
});
