'use client';

import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useContext, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/query/query-client';

let tabClient: QueryClient | undefined;

/** The tab's one client, so the cache outlives a panel; on the server a fresh one per render, never shared. */
function clientForThisRender(): QueryClient {
  if (typeof window === 'undefined') return createQueryClient();
  tabClient ??= createQueryClient();
  return tabClient;
}

/**
 * TanStack Query around the few components that read from the browser (the principal picker, All roles' counts on
 * a large tenant) rather than around every page: a blade that never uses it doesn't load it. Inside an outer
 * QueryClientProvider (a test's) that one is used.
 */
export function QueryScope({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  const [client] = useState(clientForThisRender);
  return outer ? children : <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
