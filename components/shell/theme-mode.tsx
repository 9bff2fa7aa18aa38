'use client';

import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { THEME_COOKIE, type ThemeMode } from '@/lib/theme';

type ThemeModeContextValue = { mode: ThemeMode; setMode: (mode: ThemeMode) => void };

const ThemeModeContext = createContext<ThemeModeContextValue | null>(null);

/** Holds light or dark, and keeps the choice in a cookie so the server renders the same theme next time. */
export function ThemeModeProvider({ mode, onChange, children }: {
  mode: ThemeMode;
  onChange: (mode: ThemeMode) => void;
  children: ReactNode;
}) {
  const setMode = useCallback((next: ThemeMode) => {
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.style.colorScheme = next;
    onChange(next);
  }, [onChange]);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  return <ThemeModeContext.Provider value={value}>{children}</ThemeModeContext.Provider>;
}

export function useThemeMode(): ThemeModeContextValue {
  const value = useContext(ThemeModeContext);
  if (!value) throw new Error('useThemeMode must be used inside <Providers>.');
  return value;
}
