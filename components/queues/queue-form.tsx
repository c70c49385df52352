"use client";
// Create or edit a queue: its name, the operating hours it follows, and its agents.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, type FieldError } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import { SectionCard } from "@/components/common/section-card";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveQueueAction } from "@/lib/queues/actions";
import { MemberPicker, type MemberInfo } from "./member-picker";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

// Radix Select can't hold an empty value; this option stands for "no operating hours".
const ALWAYS_OPEN = "always-open";

type Props = {
  queue?: { id: string; name: string; operatingHoursId: string | null; members: MemberInfo[] };
  operatingHours: { id: string; name: string; timeZone: string }[];
};

export function QueueForm({ queue, operatingHours }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/queues/queues.schema").then((module) => module.saveQueueSchema)),
    mode: "onTouched",
    defaultValues: {
      queueId: queue?.id,
      name: queue?.name ?? "",
      operatingHoursId: queue?.operatingHoursId ?? null,
      memberIds: queue?.members.map((member) => member.id) ?? [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const hoursOptions = [
    { value: ALWAYS_OPEN, label: t("queues.alwaysOpen") },
    ...operatingHours.map((record) => ({
      value: record.id,
      label: t("queues.form.hoursOption", { name: record.name, timeZone: record.timeZone }),
    })),
  ];

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveQueueAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    if (!queue) {
      toast.success(t("queues.form.created", { name: result.data.name }));
      router.push(`/queues/${result.data.id}`);
      return;
    }
    toast.success(t("queues.form.saved", { name: result.data.name }));
    form.reset(values);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormBanner message={banner} />
      <SectionCard id="queue-details" title={t("queues.form.details")}>
        <div className="grid max-w-2xl gap-4">
          <FormField label={t("queues.name")} htmlFor="queue-name" error={errorText(errors.name)}>
            <Input id="queue-name" autoComplete="off" {...form.register("name")} {...fieldA11y("queue-name", !!errors.name)} />
          </FormField>
          <FormField
            label={t("queues.operatingHours")}
            htmlFor="queue-hours"
            description={t("queues.form.hoursHint")}
            error={errorText(errors.operatingHoursId)}
          >
            <Controller
              control={form.control}
              name="operatingHoursId"
              render={({ field }) => (
                <OptionSelect
                  id="queue-hours"
                  value={field.value ?? ALWAYS_OPEN}
                  onChange={(value) => field.onChange(value === ALWAYS_OPEN ? null : value)}
                  options={hoursOptions}
                  invalid={!!errors.operatingHoursId}
                />
              )}
            />
          </FormField>
        </div>
      </SectionCard>
      <SectionCard id="queue-members" title={t("queues.members.title")}>
        <Controller
          control={form.control}
          name="memberIds"
          render={({ field }) => (
            <MemberPicker
              value={field.value}
              onChange={field.onChange}
              initialMembers={queue?.members ?? []}
              error={errorText(errors.memberIds as FieldError | undefined)}
            />
          )}
        />
      </SectionCard>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("common.saving") : queue ? t("common.save") : t("queues.form.create")}
        </Button>
        <Button asChild variant="outline">
          <Link href="/queues">{t("common.cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
