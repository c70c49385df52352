"use client";
// A read-only value with a Copy button that copies it exactly and says "Copied".
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * `code` is shown after the label as secondary text (e.g. the region code next to the region name);
 * `copiedText` is announced after copying (the default speaks of a URL).
 */
export function CopyField({ label, code, value, copiedText }: { label: string; code?: string; value: string; copiedText?: string }) {
  const t = useTranslations("accounts.callback");
  const id = useId();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed"); // e.g. no clipboard permission: the field stays selectable
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>
        {label}
        {code ? " " : null}
        {code ? <span className="font-mono text-xs font-normal text-muted-foreground">{code}</span> : null}
      </Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} className="font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <Button type="button" variant="outline" onClick={copy}>
          {status === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {status === "copied" ? t("copied") : t("copy")}
          {/* Several Copy buttons can share a page: say which value each one copies. */}
          <span className="sr-only">{code ? `${label} (${code})` : label}</span>
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground empty:hidden">
        {status === "copied" ? (copiedText ?? t("copiedAnnouncement")) : status === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
