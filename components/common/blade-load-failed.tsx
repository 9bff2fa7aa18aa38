'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { LoadFailure } from '@/lib/graph/load-failure';
import { BladeError } from './blade-error';
import { KeptOutcomeBar } from './kept-outcome';

/**
 * A blade whose Graph reads failed in a way that passes (throttling, a timeout, an outage): the reason in plain
 * words, Graph's request id and Retry, under the outcome of the change just made here, if there was one.
 */
export function BladeLoadFailed({ failure }: { failure: LoadFailure }) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <>
      <KeptOutcomeBar />
      <BladeError
        message={failure.message}
        reference={failure.requestId ? `Request ID: ${failure.requestId}` : undefined}
        referenceIsLabelled
        retrying={retrying}
        onRetry={() => startRetry(() => router.refresh())}
      />
    </>
  );
}
