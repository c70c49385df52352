"use client";
// ConfirmDialog and ConfirmActionDialog (components/common/confirm-dialog-content.tsx), loaded when first
// opened: nearly every list and detail page has one, closed (decision 036).
import { lazyDialog } from "@/components/common/lazy-dialog";
import type { ConfirmActionDialog as ConfirmActionDialogType, ConfirmDialog as ConfirmDialogType } from "./confirm-dialog-content";

export const ConfirmDialog = lazyDialog(() =>
  import("./confirm-dialog-content").then((module) => module.ConfirmDialog),
) as typeof ConfirmDialogType;
export const ConfirmActionDialog = lazyDialog(() =>
  import("./confirm-dialog-content").then((module) => module.ConfirmActionDialog),
) as typeof ConfirmActionDialogType;
