import { unstable_rethrow } from 'next/navigation';
import type { ReactNode } from 'react';
import { describeLoadFailure } from '@/lib/graph/load-failure';
import { BladeLoadFailed } from './blade-load-failed';

// A blade's page (or its chrome) that reads Graph: when the read fails in a way that passes, the blade says why, with
// Retry, instead of handing a bare digest to the error boundary (production hides server errors' messages from
// the browser, so only the server can tell throttling from an outage). notFound() and redirect() pass through.

export function withLoadFailure<P>(render: (props: P) => Promise<ReactNode>): (props: P) => Promise<ReactNode> {
  return async function BladeWithLoadFailure(props: P) {
    try {
      return await render(props);
    } catch (error) {
      unstable_rethrow(error);
      const failure = describeLoadFailure(error);
      if (!failure) throw error;
      console.error(`blade load failed (${failure.kind})${failure.requestId ? ` request-id=${failure.requestId}` : ''}:`, error instanceof Error ? error.message : error);
      return <BladeLoadFailed failure={failure} />;
    }
  };
}

/** A layout's chrome beside a page that reads the same data: on such a failure it renders nothing (the page says why). */
export function quietOnLoadFailure<P>(render: (props: P) => Promise<ReactNode>): (props: P) => Promise<ReactNode> {
  return async function ChromeWithLoadFailure(props: P) {
    return orOnLoadFailure(() => render(props), null);
  };
}

/** `read()`, or `fallback` when Graph failed in a way that passes; e.g. generateMetadata's title beside such a page. */
export async function orOnLoadFailure<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    unstable_rethrow(error);
    if (!describeLoadFailure(error)) throw error;
    return fallback;
  }
}
