'use client';

import { usePathname } from 'next/navigation';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { ActionResultBar } from './action-result-bar';

// A change's outcome lives here, above the blade's error boundary: when the blade's re-read after a change fails
// (Graph throttling, Graph down), the blade is replaced by its load failure, and the admin must still be told what
// the change did. Kept for the page it was made on, and dropped when the admin goes elsewhere.

type Kept = { path: string; result: ActionResult };

const KeptOutcomeContext = createContext<{ kept: Kept | null; keep: (path: string, result: ActionResult) => void }>({
  kept: null,
  keep: () => undefined,
});

export function KeptOutcomeProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [kept, setKept] = useState<Kept | null>(null);
  const keep = useCallback((path: string, result: ActionResult) => setKept({ path, result }), []);
  // Leaving the page drops its outcome (set while rendering, React's pattern for state that follows a prop); an
  // outcome kept for the page being opened (a created role's blade, All roles after a delete) stays.
  const [page, setPage] = useState(pathname);
  if (page !== pathname) {
    setPage(pathname);
    if (kept && kept.path !== pathname) setKept(null);
  }
  const value = useMemo(() => ({ kept, keep }), [kept, keep]);
  return <KeptOutcomeContext.Provider value={value}>{children}</KeptOutcomeContext.Provider>;
}

/** Records a change's outcome for this page; stable, and still works after the calling blade has unmounted. */
export function useKeepOutcome(): (result: ActionResult) => void {
  const { keep } = useContext(KeptOutcomeContext);
  const pathname = usePathname();
  return useCallback((result: ActionResult) => keep(pathname, result), [keep, pathname]);
}

/**
 * Records a change's outcome for the page the admin is sent to next (`router.push(path)` right after): a change
 * that ends its own page, such as New custom role or Delete, is reported where the admin lands.
 */
export function useKeepOutcomeFor(): (path: string, result: ActionResult) => void {
  return useContext(KeptOutcomeContext).keep;
}

/** The outcome of the last change made on this page, if any. */
export function useKeptOutcome(): ActionResult | null {
  const { kept } = useContext(KeptOutcomeContext);
  const pathname = usePathname();
  return kept && kept.path === pathname && kept.result.message ? kept.result : null;
}

/** The last change's outcome, shown where the blade that made it could not be shown. */
export function KeptOutcomeBar() {
  const result = useKeptOutcome();
  return result ? <ActionResultBar result={result} title="Your last change" /> : null;
}
