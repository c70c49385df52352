"use client";
// Files to send with a reply: which types and sizes this channel allows, the chosen files (each
// removable) and, before anything is uploaded, every reason they can't be sent.
import { Paperclip, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { checkAttachments, fileSizeParts, type AttachmentProblem } from "@/lib/conversations/conversation-view";
import { MAX_ATTACHMENTS, MAX_TOTAL_ATTACHMENT_MB } from "@/lib/conversations/conversations.constants";

type Props = {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  allowedTypes: string[];
  maxMb: number;
  serverError: string | undefined;
  disabled: boolean;
};

export function AttachmentPicker({ id, files, onChange, allowedTypes, maxMb, serverError, disabled }: Props) {
  const t = useTranslations("conversations.composer");
  const format = useFormatter();
  const input = useRef<HTMLInputElement>(null);
  const problems = checkAttachments(files, { allowedTypes, maxMb });
  const typeList = format.list(allowedTypes, { type: "unit" });

  function problemText(problem: AttachmentProblem): string {
    switch (problem.code) {
      case "type":
        return t("attachmentProblems.type", { name: problem.fileName, types: typeList });
      case "tooLarge":
        return t("attachmentProblems.tooLarge", { name: problem.fileName, maxMb });
      case "emptyFile":
        return t("attachmentProblems.emptyFile", { name: problem.fileName });
      case "tooMany":
        return t("attachmentProblems.tooMany", { count: MAX_ATTACHMENTS });
      case "totalTooLarge":
        return t("attachmentProblems.totalTooLarge", { maxMb: MAX_TOTAL_ATTACHMENT_MB });
    }
  }

  const size = (bytes: number) => {
    const parts = fileSizeParts(bytes);
    return format.number(parts.value, { style: "unit", unit: parts.unit, unitDisplay: "short" });
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => input.current?.click()}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
        >
          <Paperclip aria-hidden="true" />
          {t("attach")}
        </Button>
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept={allowedTypes.join(",") || undefined}
          hidden
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = ""; // choosing the same file again must fire onChange again
            if (chosen.length > 0) onChange([...files, ...chosen]);
          }}
        />
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {allowedTypes.length > 0
            ? t("attachHint", { count: MAX_ATTACHMENTS, maxMb, types: typeList })
            : t("attachHintAnyType", { count: MAX_ATTACHMENTS, maxMb })}
        </p>
      </div>
      {files.length > 0 ? (
        <ul aria-label={t("files")} className="flex flex-wrap gap-2">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="flex items-center gap-1 rounded-md border bg-muted/50 py-0.5 pl-2 text-xs">
              <span className="max-w-56 truncate font-medium">{file.name}</span>
              <span className="text-muted-foreground">{size(file.size)}</span>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-7"
                onClick={() => onChange(files.filter((_, other) => other !== index))}
                aria-label={t("removeFile", { name: file.name })}
                disabled={disabled}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite" className="text-sm text-destructive empty:hidden">
        {problems.length > 0 ? (
          <ul className="list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
        ) : serverError ? (
          <p>{serverError}</p>
        ) : null}
      </div>
    </div>
  );
}
