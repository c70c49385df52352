// What `cn()` merges: tailwind-merge's engine with only the class groups where this app's components let a
// caller's className override their own classes (decision 040). tailwind-merge's full configuration (every
// Tailwind utility) is ~8 kB gzip on every page; the engine with these groups is ~3 kB. The group
// definitions are tailwind-merge 3's own (src/lib/default-config.ts, MIT), in its order, so each class
// resolves to the same group it does there.
//
// lib/class-name-overrides.test.ts reads every component and checks that, for every combination of classes
// that can meet in one cn() call or one component use, this merge gives exactly what tailwind-merge's full
// configuration gives. A new kind of override (say `rounded-none` on a `rounded-md` component) fails that
// test until its group is added here.
import { createTailwindMerge, fromTheme, validators } from "tailwind-merge";

const {
  isAny,
  isAnyNonArbitrary,
  isArbitraryFamilyName,
  isArbitraryLength,
  isArbitraryValue,
  isArbitraryVariable,
  isArbitraryVariableFamilyName,
  isArbitraryVariableLength,
  isArbitraryVariableWeight,
  isArbitraryWeight,
  isFraction,
  isNumber,
  isTshirtSize,
} = validators;

export const mergeClassNames = createTailwindMerge(() => {
  const themeColor = fromTheme("color");
  const themeFont = fromTheme("font");
  const themeText = fromTheme("text");
  const themeFontWeight = fromTheme("font-weight");
  const themeLeading = fromTheme("leading");
  const themeBreakpoint = fromTheme("breakpoint");
  const themeContainer = fromTheme("container");
  const themeSpacing = fromTheme("spacing");

  const scaleUnambiguousSpacing = () => [isArbitraryVariable, isArbitraryValue, themeSpacing] as const;
  const scaleInset = () => [isFraction, "full", "auto", ...scaleUnambiguousSpacing()] as const;
  const scaleAlignPrimaryAxis = () =>
    ["start", "end", "center", "between", "around", "evenly", "stretch", "baseline", "center-safe", "end-safe"] as const;
  const scaleAlignSecondaryAxis = () => ["start", "end", "center", "stretch", "center-safe", "end-safe"] as const;
  const scaleMargin = () => ["auto", ...scaleUnambiguousSpacing()] as const;
  const scaleSizing = () =>
    [isFraction, "auto", "full", "dvw", "dvh", "lvw", "lvh", "svw", "svh", "min", "max", "fit", ...scaleUnambiguousSpacing()] as const;
  const scaleColor = () => [themeColor, isArbitraryVariable, isArbitraryValue] as const;
  const scaleBorderWidth = () => ["", isNumber, isArbitraryVariableLength, isArbitraryLength] as const;

  return {
    cacheSize: 500,
    theme: {
      breakpoint: [isTshirtSize],
      color: [isAny],
      container: [isTshirtSize],
      font: [isAnyNonArbitrary],
      "font-weight": ["thin", "extralight", "light", "normal", "medium", "semibold", "bold", "extrabold", "black"],
      leading: ["none", "tight", "snug", "normal", "relaxed", "loose"],
      spacing: ["px", isNumber],
      text: [isTshirtSize],
    },
    classGroups: {
      display: [
        "block",
        "inline-block",
        "inline",
        "flex",
        "inline-flex",
        "table",
        "inline-table",
        "table-caption",
        "table-cell",
        "table-column",
        "table-column-group",
        "table-footer-group",
        "table-header-group",
        "table-row-group",
        "table-row",
        "flow-root",
        "grid",
        "inline-grid",
        "contents",
        "list-item",
        "hidden",
      ],
      "inset-x": [{ "inset-x": scaleInset() }],
      right: [{ right: scaleInset() }],
      left: [{ left: scaleInset() }],
      "flex-wrap": [{ flex: ["nowrap", "wrap", "wrap-reverse"] }],
      gap: [{ gap: scaleUnambiguousSpacing() }],
      "justify-content": [{ justify: [...scaleAlignPrimaryAxis(), "normal"] }],
      "align-items": [{ items: [...scaleAlignSecondaryAxis(), { baseline: ["", "last"] }] }],
      px: [{ px: scaleUnambiguousSpacing() }],
      mx: [{ mx: scaleMargin() }],
      size: [{ size: scaleSizing() }],
      w: [{ w: [themeContainer, "screen", ...scaleSizing()] }],
      "max-w": [{ "max-w": [themeContainer, "screen", "none", "prose", { screen: [themeBreakpoint] }, ...scaleSizing()] }],
      h: [{ h: ["screen", "lh", ...scaleSizing()] }],
      "min-h": [{ "min-h": ["screen", "lh", "none", ...scaleSizing()] }],
      "max-h": [{ "max-h": ["screen", "lh", "none", ...scaleSizing()] }],
      "font-size": [{ text: ["base", themeText, isArbitraryVariableLength, isArbitraryLength] }],
      "font-weight": [{ font: [themeFontWeight, isArbitraryVariableWeight, isArbitraryWeight] }],
      "font-family": [{ font: [isArbitraryVariableFamilyName, isArbitraryFamilyName, themeFont] }],
      leading: [{ leading: ["none", themeLeading, ...scaleUnambiguousSpacing()] }],
      "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
      "text-color": [{ text: scaleColor() }],
      "text-overflow": ["truncate", "text-ellipsis", "text-clip"],
      "text-wrap": [{ text: ["wrap", "nowrap", "balance", "pretty"] }],
      "vertical-align": [
        {
          align: ["baseline", "top", "middle", "bottom", "text-top", "text-bottom", "sub", "super", isArbitraryVariable, isArbitraryValue],
        },
      ],
      whitespace: [{ whitespace: ["normal", "nowrap", "pre", "pre-line", "pre-wrap", "break-spaces"] }],
      "bg-color": [{ bg: scaleColor() }],
      "border-w": [{ border: scaleBorderWidth() }],
      "border-w-x": [{ "border-x": scaleBorderWidth() }],
      "border-w-y": [{ "border-y": scaleBorderWidth() }],
      "border-w-t": [{ "border-t": scaleBorderWidth() }],
      "border-w-r": [{ "border-r": scaleBorderWidth() }],
      "border-w-b": [{ "border-b": scaleBorderWidth() }],
      "border-w-l": [{ "border-l": scaleBorderWidth() }],
      "border-style": [{ border: ["solid", "dashed", "dotted", "double", "hidden", "none"] }],
      "border-color": [{ border: scaleColor() }],
      "border-color-x": [{ "border-x": scaleColor() }],
      "border-color-y": [{ "border-y": scaleColor() }],
      "border-color-t": [{ "border-t": scaleColor() }],
      "border-color-r": [{ "border-r": scaleColor() }],
      "border-color-b": [{ "border-b": scaleColor() }],
      "border-color-l": [{ "border-l": scaleColor() }],
      "ring-w": [{ ring: scaleBorderWidth() }],
      "ring-color": [{ ring: scaleColor() }],
      opacity: [{ opacity: [isNumber, isArbitraryVariable, isArbitraryValue] }],
      cursor: [
        {
          cursor: [
            "auto",
            "default",
            "pointer",
            "wait",
            "text",
            "move",
            "help",
            "not-allowed",
            "none",
            "context-menu",
            "progress",
            "cell",
            "crosshair",
            "vertical-text",
            "alias",
            "copy",
            "no-drop",
            "grab",
            "grabbing",
            "all-scroll",
            "col-resize",
            "row-resize",
            "n-resize",
            "e-resize",
            "s-resize",
            "w-resize",
            "ne-resize",
            "nw-resize",
            "se-resize",
            "sw-resize",
            "ew-resize",
            "ns-resize",
            "nesw-resize",
            "nwse-resize",
            "zoom-in",
            "zoom-out",
            isArbitraryVariable,
            isArbitraryValue,
          ],
        },
      ],
    },
    conflictingClassGroups: {
      "inset-x": ["right", "left"],
      size: ["w", "h"],
      "font-size": ["leading"],
      "border-w": ["border-w-x", "border-w-y", "border-w-t", "border-w-r", "border-w-b", "border-w-l"],
      "border-w-x": ["border-w-r", "border-w-l"],
      "border-w-y": ["border-w-t", "border-w-b"],
      "border-color": ["border-color-x", "border-color-y", "border-color-t", "border-color-r", "border-color-b", "border-color-l"],
      "border-color-x": ["border-color-r", "border-color-l"],
      "border-color-y": ["border-color-t", "border-color-b"],
    },
    conflictingClassGroupModifiers: { "font-size": ["leading"] },
    orderSensitiveModifiers: [
      "*",
      "**",
      "after",
      "backdrop",
      "before",
      "details-content",
      "file",
      "first-letter",
      "first-line",
      "marker",
      "placeholder",
      "selection",
    ],
  };
});
