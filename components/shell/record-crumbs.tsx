"use client";
// The records a page is about (a workstream, an account…), named in the header's breadcrumbs after
// the site-map trail. The page renders <RecordCrumbs>; the shell's provider hands them to <Breadcrumbs>.
import { createContext, useContext, useEffect, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";

/** A record's name; `href` links back to the record's own page (the last crumb may omit it). */
export type RecordCrumb = { label: string; href?: string };

const CrumbsContext = createContext<RecordCrumb[]>([]);
const SetCrumbsContext = createContext<Dispatch<SetStateAction<RecordCrumb[]>>>(() => undefined);

export function RecordCrumbsProvider({ children }: { children: ReactNode }) {
  const [crumbs, setCrumbs] = useState<RecordCrumb[]>([]);
  return (
    <SetCrumbsContext.Provider value={setCrumbs}>
      <CrumbsContext.Provider value={crumbs}>{children}</CrumbsContext.Provider>
    </SetCrumbsContext.Provider>
  );
}

export const useRecordCrumbs = () => useContext(CrumbsContext);

/** Puts the page's records into the breadcrumbs while the page is shown. Renders nothing. */
export function RecordCrumbs({ crumbs }: { crumbs: RecordCrumb[] }) {
  const setCrumbs = useContext(SetCrumbsContext);
  const key = crumbs.map((crumb) => `${crumb.label}\u0000${crumb.href ?? ""}`).join("\u0001");
  useEffect(() => {
    setCrumbs(key ? key.split("\u0001").map((entry) => toCrumb(entry)) : []);
    return () => setCrumbs([]);
  }, [key, setCrumbs]);
  return null;
}

function toCrumb(entry: string): RecordCrumb {
  const [label = "", href = ""] = entry.split("\u0000");
  return href ? { label, href } : { label };
}
