import { clsx, type ClassValue } from "clsx";
import { mergeClassNames } from "./class-merge";

/** Joins class names; a later class overrides an earlier one of the same kind (lib/class-merge.ts, decision 040). */
export function cn(...inputs: ClassValue[]) {
  return mergeClassNames(clsx(inputs));
}
