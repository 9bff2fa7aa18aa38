'use client';

import { BladeError } from '@/components/common/blade-error';
import { KeptOutcomeBar } from '@/components/common/kept-outcome';

// Errors from server components arrive without their message in production (Next hides it); the digest
// matches the server log line, which carries Graph's request-id. A failed load knows nothing about changes, so it
// claims none: the outcome of a change just made on this page is shown above it, as the change reported it.
export default function BladeErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <>
      <KeptOutcomeBar />
      <BladeError message="Something went wrong while loading this page." reference={digest} onRetry={retry} />
    </>
  );
}
