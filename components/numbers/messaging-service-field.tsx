"use client";
// The numbers dialog's "Send through" picker (Twilio accounts): the number itself (From) or one of the
// account's Messaging Services (MessagingServiceSid), listed from Twilio when the dialog opens.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { OptionSelect } from "@/components/forms/option-select";
import { listMessagingServicesAction } from "@/lib/numbers/actions";
import type { TwilioMessagingService } from "@/lib/providers/twilio/messaging-services";

// Radix Select has no empty value: this stands for "send from the number itself".
const NONE = "none";

type Props = { id: string; accountId: string; value: string; onChange: (value: string) => void; invalid: boolean };

export function MessagingServiceField({ id, accountId, value, onChange, invalid }: Props) {
  const t = useTranslations();
  const [services, setServices] = useState<TwilioMessagingService[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void listMessagingServicesAction({ accountId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setServices(result.data);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [accountId]);

  const options = useMemo(() => {
    const listed = (services ?? []).map((service) => ({ value: service.sid, label: `${service.friendlyName} (${service.sid})` }));
    // The saved service stays choosable even when Twilio can't be read (or no longer lists it).
    if (value && !listed.some((option) => option.value === value)) listed.unshift({ value, label: value });
    return [{ value: NONE, label: t("numbers.messagingService.none") }, ...listed];
  }, [services, value, t]);

  const chosen = services?.find((service) => service.sid === value);
  return (
    <div className="flex flex-col gap-1">
      <OptionSelect
        id={id}
        value={value || NONE}
        onChange={(next) => onChange(next === NONE ? "" : next)}
        options={options}
        invalid={invalid}
      />
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {error
          ? t("numbers.messagingService.loadFailed", { error })
          : services === null
            ? t("numbers.messagingService.loading")
            : services.length === 0
              ? t("numbers.messagingService.empty")
              : chosen && !chosen.defersToSender
                ? t("numbers.messagingService.inboundElsewhere")
                : null}
      </p>
    </div>
  );
}
