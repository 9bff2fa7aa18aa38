import { QueryClient } from '@tanstack/react-query';

/** TanStack Query serves only interactive client reads (the principal picker), never server lists. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}
