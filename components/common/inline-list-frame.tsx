import { Plus, type LucideIcon } from "lucide-react";
import type { ReactNode, Ref } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  addLabel: string | null; // null: the user can't add
  onAdd: () => void;
  /** Lets the list put the focus back on "Add …" once the new item is saved. */
  addButtonRef?: Ref<HTMLButtonElement>;
  isEmpty: boolean;
  emptyIcon: LucideIcon;
  emptyText: string;
  children: ReactNode;
};

/** A list inside a record page: an "Add …" button, then the rows or a small empty state. */
export function InlineListFrame({ addLabel, onAdd, addButtonRef, isEmpty, emptyIcon: Icon, emptyText, children }: Props) {
  return (
    <>
      {addLabel ? (
        <div>
          <Button ref={addButtonRef} type="button" variant="outline" onClick={onAdd}>
            <Plus aria-hidden="true" />
            {addLabel}
          </Button>
        </div>
      ) : null}
      {isEmpty ? (
        <div className="flex items-center gap-3 rounded-lg border border-dashed p-6 text-sm text-muted-foreground">
          <Icon aria-hidden="true" className="size-5" />
          {emptyText}
        </div>
      ) : (
        children
      )}
    </>
  );
}
