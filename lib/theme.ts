export const THEME_COOKIE = 'roles-portal-theme';

export type ThemeMode = 'light' | 'dark';

/** Reads the saved theme; anything unexpected falls back to light. */
export function parseThemeMode(value: string | undefined): ThemeMode {
  return value === 'dark' ? 'dark' : 'light';
}
