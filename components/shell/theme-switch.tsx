'use client';

import { Switch } from '@fluentui/react-components';
import { useThemeMode } from './theme-mode';

/** Light/dark switch; the choice persists in a cookie, so a reload renders the same theme on the server. */
export function ThemeSwitch({ className }: { className?: string }) {
  const { mode, setMode } = useThemeMode();
  return (
    <Switch
      className={className}
      label="Dark theme"
      checked={mode === 'dark'}
      onChange={(_, data) => setMode(data.checked ? 'dark' : 'light')}
    />
  );
}
