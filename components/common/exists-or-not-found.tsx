import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { quietOnLoadFailure } from './with-load-failure';

/**
 * A blade layout that answers 404 for a malformed or unknown id. The check renders beside the page (which reads the
 * same object, once, cached, and starts its other reads at once) but outside the page's loading boundary: nothing
 * has streamed when it calls notFound(), so the status is a real 404 and the nearest not-found.tsx answers. When
 * Graph fails to answer (throttling, an outage) it renders nothing and the page says why, with Retry.
 */
export function layoutThatRequires<K extends string>(param: K, load: (id: string) => Promise<unknown>) {
  type Params = Promise<Record<K, string>>;
  const Exists = quietOnLoadFailure(async function Exists({ params }: { params: Params }) {
    if (!(await load((await params)[param]))) notFound();
    return null;
  });
  return function RequiredObjectLayout({ children, params }: { children: ReactNode; params: Params }) {
    return (
      <>
        <Exists params={params} />
        {children}
      </>
    );
  };
}
