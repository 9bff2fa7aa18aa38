'use client';

import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useServerInsertedHTML } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';
import type { ThemeMode } from '@/lib/theme';
import { installTabsterHydrationGate } from './tabster-hydration-gate';
import { ThemeModeProvider } from './theme-mode';

// Before React hydrates anything: Fluent's focus management must not touch server HTML React hasn't hydrated yet.
if (typeof window !== 'undefined') installTabsterHydrationGate(window);

/**
 * Everything client-side that the whole tree needs, set up once: Griffel's renderer for server-side styles,
 * Fluent's theme. TanStack Query is provided only around what uses it (query-scope.tsx).
 */
export function Providers({ initialTheme, nonce, children }: {
  initialTheme: ThemeMode;
  /** This response's CSP nonce (proxy.ts): on every <style> Griffel and FluentProvider write, here and in the browser. */
  nonce: string | undefined;
  children: ReactNode;
}) {
  const [renderer] = useState(() =>
    createDOMRenderer(typeof document === 'undefined' ? undefined : document, {
      styleElementAttributes: nonce ? { nonce } : undefined,
    }));
  const [theme, setTheme] = useState<ThemeMode>(initialTheme);
  const sentRules = useRef(0);

  // Griffel's CSS goes into the server HTML with each flush of the stream that added rules: a blade that streams in
  // after the shell (its data arrived later) would otherwise stay unstyled until React hydrated it. Each time the
  // whole stylesheet, not the new rules alone: the last copy's bucket order then decides the cascade, as on the
  // client. Flushes that added nothing send nothing.
  useServerInsertedHTML(() => {
    const rules = Object.keys(renderer.insertionCache).length;
    if (rules === sentRules.current) return null;
    sentRules.current = rules;
    return <>{renderToStyleElements(renderer)}</>;
  });

  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <ThemeModeProvider mode={theme} onChange={setTheme}>
          <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
            {children}
          </FluentProvider>
        </ThemeModeProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
