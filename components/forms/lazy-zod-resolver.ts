"use client";
// react-hook-form's zodResolver with the schema loaded on first use: a form's zod schema (and zod itself,
// ~27 kB gzip) is not part of the page's first load but arrives with the first validation, which is the
// first submit (react-hook-form's default mode). The server action validates the same schema again.
// Decision 027.
//
//   resolver: lazyZodResolver(() => import("@/lib/auth/auth.schema").then((module) => module.signInSchema))
import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/v4/core";

export function lazyZodResolver<T extends z.$ZodType<unknown, FieldValues>, Context = unknown>(
  load: () => Promise<T>,
): Resolver<z.input<T>, Context, z.output<T>> {
  let resolver: Promise<Resolver<z.input<T>, Context, z.output<T>>> | undefined;
  return (values, context, options) => {
    resolver ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<z.input<T>, Context, z.output<T>>,
    );
    return resolver.then((resolve) => resolve(values, context, options));
  };
}
