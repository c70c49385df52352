// `cn()` (lib/utils.ts) only joins class names; it no longer resolves Tailwind conflicts with
// tailwind-merge (8 kB gzip on every page, decision 040). With a plain join, `cn("px-4", "px-2")` keeps
// both classes and the stylesheet's order, not the argument order, decides which wins. This test reads
// every component and fails when two classes that tailwind-merge would have merged can meet:
// - a component's own classes (its `cn(…, className)` call, its cva variants) and the `className` a caller
//   passes to it;
// - the arguments of one `cn(…)` call, e.g. `cn("bg-muted", active && "bg-primary")`;
// - a cva's base classes and its variants, and two different variant groups.
// An intended override is written so that it no longer conflicts (a variant prop, a narrower base class, or
// Tailwind's important modifier `px-2!` where that is exactly what is meant).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { twMerge } from "tailwind-merge";
import { mergeClassNames } from "./class-merge";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components"];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(path);
  }
  return out;
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir))).map((path) => ({
  path: relative(root, path),
  source: ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
}));

function walk(node: ts.Node, visit: (node: ts.Node) => void) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const isCall = (node: ts.Node, name: RegExp): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && name.test(node.expression.text);

/** cva definitions by name: base tokens, tokens per variant group → value, the default value per group. */
type Cva = { base: string[]; groups: Map<string, Map<string, string[]>>; defaults: Map<string, string> };
const cvas = new Map<string, Cva>();

function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** `const name = …` declarations of a file, so a className given through a constant is read too. */
function constantsOf(source: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  walk(source, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
  });
  return constants;
}
const fileConstants = new Map<ts.SourceFile, Map<string, ts.Expression>>();

const propertyName = (property: ts.ObjectLiteralElementLike) =>
  property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;

/** Strings an expression can evaluate to, when they are written in it ("outline", cond ? "a" : "b"); none for a plain variable. */
function writtenStrings(node: ts.Node): string[] {
  const out: string[] = [];
  walk(node, (child) => {
    if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) out.push(child.text);
  });
  return out;
}

/**
 * A cva's classes for the variant values chosen: `chosen(group)` gives the values written for a group
 * (`[]` when it is given as a plain variable: every value), or undefined when the group is not given
 * (its default).
 */
function cvaTokens(cva: Cva, chosen: (group: string) => string[] | undefined): string[] {
  const out = [...cva.base];
  for (const [group, values] of cva.groups) {
    const picked = chosen(group);
    const names = picked === undefined ? [cva.defaults.get(group)] : picked.length === 0 ? [...values.keys()] : picked;
    for (const name of names) if (name !== undefined) out.push(...(values.get(name) ?? []));
  }
  return out;
}

/** Values a `xVariants({ … })` call chooses, from its object argument. */
function chosenInCall(call: ts.CallExpression): (group: string) => string[] | undefined {
  const options = call.arguments[0];
  return (group) => {
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
    const property = options.properties.find((p) => propertyName(p) === group);
    if (!property) return undefined;
    return ts.isPropertyAssignment(property) ? writtenStrings(property.initializer) : [];
  };
}

/** Every class token written literally inside an expression (strings, template parts, constants, cva calls). */
function literalTokens(node: ts.Node, seen = new Set<ts.Node>()): string[] {
  const out: string[] = [];
  const source = node.getSourceFile();
  const constants = fileConstants.get(source) ?? fileConstants.set(source, constantsOf(source)).get(source)!;
  const skip = new Set<ts.Node>();
  walk(node, (child) => {
    if ([...skip].some((skipped) => child.pos >= skipped.pos && child.end <= skipped.end)) return;
    if (ts.isIdentifier(child) && !ts.isPropertyAccessExpression(child.parent) && !ts.isPropertyAssignment(child.parent)) {
      const initializer = constants.get(child.text);
      if (initializer && !seen.has(initializer) && !ts.isCallExpression(initializer) && !ts.isArrowFunction(initializer)) {
        seen.add(initializer);
        out.push(...literalTokens(initializer, seen));
      }
    }
    if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) {
      // Object keys and compared values are not classes; a string that is an argument/value is.
      if (ts.isPropertyAssignment(child.parent) && child.parent.name === child) return;
      if (ts.isJsxAttribute(child.parent) && child !== node) return;
      if (ts.isBinaryExpression(child.parent) && child.parent.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken) return;
      out.push(...tokens(child.text));
    } else if (ts.isTemplateExpression(child)) {
      out.push(...tokens(child.head.text));
      for (const span of child.templateSpans) out.push(...tokens(span.literal.text));
    } else if (isCall(child, /Variants$/) && ts.isIdentifier(child.expression)) {
      const cva = cvas.get(child.expression.text);
      skip.add(child);
      if (cva) out.push(...cvaTokens(cva, chosenInCall(child)));
    }
  });
  return out;
}

for (const { source } of files) {
  walk(source, (node) => {
    if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer || !isCall(node.initializer, /^cva$/)) return;
    const [base, options] = node.initializer.arguments;
    const groups = new Map<string, Map<string, string[]>>();
    const defaults = new Map<string, string>();
    if (options && ts.isObjectLiteralExpression(options)) {
      for (const section of options.properties) {
        if (!ts.isPropertyAssignment(section) || !ts.isObjectLiteralExpression(section.initializer)) continue;
        for (const group of section.initializer.properties) {
          const name = propertyName(group);
          if (!name || !ts.isPropertyAssignment(group)) continue;
          if (propertyName(section) === "defaultVariants") defaults.set(name, writtenStrings(group.initializer)[0]!);
          if (propertyName(section) === "variants" && ts.isObjectLiteralExpression(group.initializer)) {
            const values = new Map<string, string[]>();
            for (const value of group.initializer.properties) {
              const valueName = propertyName(value);
              if (valueName && ts.isPropertyAssignment(value)) values.set(valueName, literalTokens(value.initializer));
            }
            groups.set(name, values);
          }
        }
      }
    }
    cvas.set(node.name.text, { base: base ? literalTokens(base) : [], groups, defaults });
  });
}

/** Where the app's merge (lib/class-merge.ts) and tailwind-merge's full configuration disagree on classes meeting in this order. */
function disagreement(classes: string[]): string | undefined {
  const joined = classes.join(" ");
  const full = twMerge(joined);
  const light = mergeClassNames(joined);
  // The same classes kept (order and repeats don't change what applies).
  const same = (a: string, b: string) => [...new Set(tokens(a))].sort().join(" ") === [...new Set(tokens(b))].sort().join(" ");
  return same(full, light) ? undefined : `dropped by tailwind-merge: ${diff(joined, full)}; by cn(): ${diff(joined, light)}`;
}
const diff = (joined: string, merged: string) => {
  const kept = new Set(tokens(merged));
  return (
    tokens(joined)
      .filter((token) => !kept.has(token))
      .join(" ") || "nothing"
  );
};
/** "a b" where tailwind-merge drops `a` in favour of `b`: the pair conflicts. */
const conflictPairs = (earlier: string[], later: string[]) =>
  earlier.flatMap((a) => later.filter((b) => a !== b && twMerge(`${a} ${b}`) !== `${a} ${b}`).map((b) => `${a} ↔ ${b}`));

/**
 * Components whose className is merged into classes of their own: name → those classes, and the cva whose
 * variant props the component passes through (`buttonVariants({ variant, size, className })`), read per use.
 */
type Merging = { own: Set<string>; cva?: string };
const mergingComponents = new Map<string, Merging>();

function componentName(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (ts.isFunctionDeclaration(current) && current.name && /^[A-Z]/.test(current.name.text)) return current.name.text;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name) && /^[A-Z]/.test(current.name.text)) return current.name.text;
  }
  return undefined;
}
const mentionsClassName = (node: ts.Node) => {
  let found = false;
  walk(node, (child) => {
    if (ts.isIdentifier(child) && child.text === "className" && !ts.isJsxAttribute(child.parent)) found = true;
  });
  return found;
};
const tagName = (node: ts.JsxOpeningLikeElement) => node.tagName.getText();
const attributeNamed = (node: ts.JsxOpeningLikeElement, name: string) =>
  node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);

/** The classes a merging component adds at one use: its own, and its cva's for the variant props written there. */
function baseAtUse(merging: Merging, element: ts.JsxOpeningLikeElement): string[] {
  const cva = merging.cva ? cvas.get(merging.cva) : undefined;
  if (!cva) return [...merging.own];
  const spreads = element.attributes.properties.some(ts.isJsxSpreadAttribute);
  return [
    ...merging.own,
    ...cvaTokens(cva, (group) => {
      const attribute = attributeNamed(element, group);
      if (!attribute) return spreads ? [] : undefined;
      return attribute.initializer ? writtenStrings(attribute.initializer) : [];
    }),
  ];
}

// A component merges when it calls cn(…, className) / xVariants({ className }), or passes its className to
// a merging component along with classes of its own. Repeat until nothing new is found (wrappers of wrappers).
for (let changed = true; changed;) {
  changed = false;
  for (const { source } of files) {
    walk(source, (node) => {
      let own: string[] | undefined;
      let cva: string | undefined;
      if ((isCall(node, /^cn$/) || isCall(node, /Variants$/)) && mentionsClassName(node)) {
        walk(node, (child) => {
          // xVariants({ variant, size }) with the component's own props: read per use, not as every value at once.
          const options = isCall(child, /Variants$/) ? child.arguments[0] : undefined;
          if (options && ts.isObjectLiteralExpression(options) && options.properties.every(ts.isShorthandPropertyAssignment)) {
            cva = (child as ts.CallExpression).expression.getText();
          }
        });
        const args = isCall(node, /^cn$/) ? [...node.arguments] : [node];
        own = args
          .filter((argument) => !(cva && isCall(argument, /Variants$/) && argument.expression.getText() === cva))
          .flatMap((argument) => literalTokens(argument));
      }
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const attribute = attributeNamed(node, "className");
        const inner = mergingComponents.get(tagName(node));
        if (inner && attribute?.initializer && mentionsClassName(attribute.initializer))
          own = [...literalTokens(attribute.initializer), ...baseAtUse(inner, node)];
        // <Inner {...props} /> without a className of its own passes the caller's className through.
        else if (inner && !attribute && node.attributes.properties.some(ts.isJsxSpreadAttribute)) own = baseAtUse(inner, node);
      }
      const name = own && componentName(node);
      if (!own || !name) return;
      const known = mergingComponents.get(name) ?? { own: new Set<string>(), cva };
      const size = known.own.size;
      for (const token of own) known.own.add(token);
      if (!mergingComponents.has(name) || known.own.size !== size) changed = true;
      mergingComponents.set(name, known);
    });
  }
}

function findDisagreements(): string[] {
  const found: string[] = [];
  const check = (where: string, classes: string[]) => {
    const problem = disagreement(classes);
    if (problem) found.push(`${where}: ${problem}`);
  };
  for (const { path, source } of files) {
    walk(source, (node) => {
      const where = () => `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (isCall(node, /^cn$/)) {
        const args = node.arguments.map((argument) => literalTokens(argument));
        check(`${where()} cn()`, args.flat());
        // Each pair of arguments on its own too: a conditional argument may be absent.
        for (let i = 0; i < args.length; i++)
          for (let j = i + 1; j < args.length; j++) check(`${where()} cn()`, [...args[i]!, ...args[j]!]);
      }
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const attribute = attributeNamed(node, "className");
        const merging = mergingComponents.get(tagName(node));
        if (attribute?.initializer && merging) {
          const base = baseAtUse(merging, node);
          const given = literalTokens(attribute.initializer);
          check(`${where()} <${tagName(node)} className>`, [...base, ...given]);
          for (const token of given) check(`${where()} <${tagName(node)} className>`, [...base, token]);
        }
      }
    });
  }
  for (const [name, cva] of cvas) {
    for (const [group, values] of cva.groups) {
      for (const [value, classes] of values) {
        check(`${name} ${group}=${value}`, [...cva.base, ...classes]);
        for (const [otherGroup, otherValues] of cva.groups) {
          if (otherGroup === group) continue;
          for (const [otherValue, otherClasses] of otherValues)
            check(`${name} ${group}=${value} ${otherGroup}=${otherValue}`, [...cva.base, ...classes, ...otherClasses]);
        }
      }
    }
  }
  return [...new Set(found)];
}

describe("className overrides without tailwind-merge", () => {
  it("finds the components that merge a className (the audit reads what it should)", () => {
    expect([...mergingComponents.keys()]).toEqual(expect.arrayContaining(["Button", "Input", "Badge", "FormField", "TableCell"]));
    expect([...(cvas.get("buttonVariants")?.groups.keys() ?? [])]).toEqual(["variant", "size"]);
    expect(mergingComponents.get("Button")?.cva).toBe("buttonVariants");
  });

  it("reads the overrides there are (a caller's className against a component's classes)", () => {
    expect(conflictPairs(["px-4", "h-9"], ["px-2", "w-full"])).toEqual(["px-4 ↔ px-2"]);
    const overrides = files.flatMap(({ source }) => {
      const found: string[] = [];
      walk(source, (node) => {
        if (!ts.isJsxOpeningElement(node) && !ts.isJsxSelfClosingElement(node)) return;
        const attribute = attributeNamed(node, "className");
        const merging = mergingComponents.get(tagName(node));
        if (attribute?.initializer && merging) found.push(...conflictPairs(baseAtUse(merging, node), literalTokens(attribute.initializer)));
      });
      return found;
    });
    expect(overrides).toEqual(expect.arrayContaining(["w-full ↔ w-40", "whitespace-nowrap ↔ whitespace-normal", "text-left ↔ text-right"]));
  });

  it("a class group missing from cn()'s configuration is reported", () => {
    expect(disagreement(["px-4", "py-2", "px-2"])).toBeUndefined();
    expect(disagreement(["rounded-md", "rounded-none"])).toBe("dropped by tailwind-merge: rounded-md; by cn(): nothing");
  });

  it("cn() merges every combination of classes in the app as tailwind-merge's full configuration does", () => {
    expect(findDisagreements()).toEqual([]);
  });
});
