import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Providers } from '@/components/shell/providers';
import { NONCE_HEADER } from '@/lib/security/headers';
import { parseThemeMode, THEME_COOKIE } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Roles Portal', template: '%s - Roles Portal' },
  description: 'Microsoft Entra ID roles and administrators',
  icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' } },
  // An admin portal has nothing for search engines (public/robots.txt says the same to crawlers).
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemeMode((await cookies()).get(THEME_COOKIE)?.value);
  // proxy.ts makes a nonce for every request; Griffel's <style> elements must carry it to pass the CSP.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" style={{ colorScheme: theme }}>
      <body>
        <Providers initialTheme={theme} nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
