'use client';

import { BladeError } from '@/components/common/blade-error';

// Errors from server components arrive without their message in production (Next hides it); the digest
// matches the server log line, which carries Graph's request-id.
export default function BladeErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <BladeError
      message="Something went wrong while loading this page. Nothing was changed."
      reference={digest}
      onRetry={retry}
    />
  );
}
