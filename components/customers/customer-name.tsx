"use client";
// The customer's name: from their WhatsApp profile until an agent sets it here.
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ComponentType } from "react";
import { loadOnUse } from "@/components/common/load-on-use";
import { Button } from "@/components/ui/button";
import type { CustomerContext } from "@/lib/customers/customer-context";

// The form (react-hook-form, the schema) loads when Edit is first hovered, focused or pressed (decision 039).
const nameForm = loadOnUse(() => import("./customer-name-form").then((module) => module.NameForm));
type NameFormProps = { context: CustomerContext; onDone: () => void };

export function CustomerName({ context }: { context: CustomerContext }) {
  const t = useTranslations("customers.name");
  const [isEditing, setEditing] = useState(false);
  const [NameForm, setNameForm] = useState<ComponentType<NameFormProps> | null>(() => nameForm.loaded());
  // The name stays on screen until the form has arrived; a failed load leaves it there (Edit again retries).
  const edit = () =>
    nameForm.load().then(
      (form) => {
        setNameForm(() => form);
        setEditing(true);
      },
      () => undefined,
    );
  return (
    <div className="flex flex-col gap-1">
      {isEditing && NameForm ? (
        <NameForm context={context} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="flex items-start justify-between gap-2">
            <p className="text-lg font-semibold break-words">
              {context.name ?? <span className="text-muted-foreground">{t("none")}</span>}
            </p>
            {context.canEdit ? (
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() => void edit()}
                onPointerEnter={nameForm.prefetch}
                onFocus={nameForm.prefetch}
              >
                <Pencil aria-hidden="true" />
                {t("edit")}
              </Button>
            ) : null}
          </div>
          {context.nameSource ? <p className="text-xs text-muted-foreground">{t(`source.${context.nameSource}`)}</p> : null}
        </>
      )}
      <p className="font-mono text-sm text-muted-foreground">{context.address}</p>
    </div>
  );
}
