"use client";
// react-hook-form's useForm whose `register` also gives the field its default value as React's
// `defaultValue` (`defaultChecked` for a boolean), so that the server's HTML shows the values, not empty
// fields. react-hook-form writes the values into the DOM itself, but only once the form has hydrated; a
// form hydrated on first use (components/forms/hydrate-on-use.tsx, decision 042) shows its server HTML
// until then. It also lets react-hook-form tell a field edited before hydration (value ≠ defaultValue) from
// one that wasn't. Radios: `ChoiceCards` turns the group's `defaultValue` into each radio's `defaultChecked`.
import { useMemo, useState } from "react";
import { get, useForm as useReactHookForm, type FieldValues, type UseFormProps, type UseFormReturn } from "react-hook-form";

export function useForm<TFieldValues extends FieldValues = FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  props: UseFormProps<TFieldValues, TContext, TTransformedValues> & { defaultValues: NonNullable<unknown> },
): UseFormReturn<TFieldValues, TContext, TTransformedValues> {
  const form = useReactHookForm(props);
  const [defaults] = useState(() => props.defaultValues);
  // react-hook-form returns the same object on every render, with its `formState` updated in place, and
  // effects depend on it: a proxy made once reads through to it and only swaps `register`.
  return useMemo(() => {
    const register: typeof form.register = (name, options) => {
      const value: unknown = get(defaults, name);
      const field = form.register(name, options);
      if (typeof value === "boolean") return { ...field, defaultChecked: value } as typeof field;
      if (typeof value === "string" || typeof value === "number") return { ...field, defaultValue: value } as typeof field;
      return field;
    };
    return new Proxy(form, { get: (target, key): unknown => (key === "register" ? register : (Reflect.get(target, key) as unknown)) });
  }, [form, defaults]);
}
