// A file marked "use client" must not import a module of ours that is marked `import "server-only"`
// (nor "server-only" itself, nor lib/db): it would pull server code — and the database — into the
// browser bundle. Next's build catches this too, but only when the import is reached; lint says it at
// the line, for every client file. Resolves "@/…" and relative specifiers the way tsconfig's paths do.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const markedServerOnly = new Map();

function resolveSource(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(fromFile), specifier);
  else return undefined;
  for (const extension of extensions) {
    const candidate = base + extension;
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

function isServerOnly(file) {
  let marked = markedServerOnly.get(file);
  if (marked === undefined) {
    marked = /^import\s+["']server-only["'];?\s*$/m.test(readFileSync(file, "utf8"));
    markedServerOnly.set(file, marked);
  }
  return marked;
}

/** @type {import("eslint").Rule.RuleModule} */
export const noServerOnlyInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid importing server-only modules into "use client" files' },
    schema: [],
    messages: {
      serverOnly:
        '"{{source}}" is a server-only module and this file is "use client": pass the data in as props or call a server action instead.',
    },
  },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
    if (!isClient) return {};
    const check = (node) => {
      if (!node.source || typeof node.source.value !== "string") return;
      if (node.importKind === "type" || node.exportKind === "type") return;
      const source = node.source.value;
      const file = resolveSource(source, context.filename);
      if (source === "server-only" || (file !== undefined && isServerOnly(file))) {
        context.report({ node: node.source, messageId: "serverOnly", data: { source } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { "no-server-only-in-client": noServerOnlyInClient } };
