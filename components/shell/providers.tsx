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
export function Providers({ initialTheme, children }: { initialTheme: ThemeMode; children: ReactNode }) {
  const [renderer] = useState(() => createDOMRenderer());
  const [theme, setTheme] = useState<ThemeMode>(initialTheme);
  const didInsertStyles = useRef(false);

  // Flush Griffel's CSS into the server HTML once: renderToStyleElements returns every rule on each call, and
  // re-emitting them on each streaming flush duplicates the stylesheet (Griffel's App Router guidance).
  useServerInsertedHTML(() => {
    if (didInsertStyles.current) return null;
    didInsertStyles.current = true;
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
