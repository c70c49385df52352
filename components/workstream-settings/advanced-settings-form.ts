// The react-hook-form instance AdvancedSettingsSection shares with its parts.
import type { UseFormReturn } from "react-hook-form";
import type { AdvancedSettingsForm, AdvancedSettingsInput } from "@/lib/workstreams/settings/advanced-settings.schema";

export type AdvancedSettingsFormApi = UseFormReturn<AdvancedSettingsForm, unknown, AdvancedSettingsInput>;
