"use client";
// Mounts sonner's Toaster (components/ui/sonner.tsx) when the first toast is requested (components/ui/toast.ts).
import dynamic from "next/dynamic";
import { useEffect, useState, type ComponentProps } from "react";
import type { Toaster as ToasterType } from "./sonner";
import { onFirstToast } from "./toast";

const Toaster = dynamic(() => import("./sonner").then((module) => module.Toaster), { ssr: false });

export function LazyToaster(props: ComponentProps<typeof ToasterType>) {
  const [needed, setNeeded] = useState(false);
  useEffect(() => onFirstToast(() => setNeeded(true)), []);
  return needed ? <Toaster {...props} /> : null;
}
