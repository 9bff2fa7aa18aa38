// Debian's chromium, headless, and a browser context per theme whose frames hold still: no animation, no
// transition, no caret, no scrollbar, a fixed locale and time zone. The theme is the portal's own cookie, set before
// the first page loads, so the server renders that theme and no frame shows the switch being flipped.
import { chromium } from '@playwright/test';
import { THEME_COOKIE } from '../../lib/theme.ts';
import { deviceScaleFactor, viewport } from './frame.mjs';

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--font-render-hinting=none', '--disable-partial-raster'],
  });
}

// Injected into every document before the portal's own code: whatever the portal animates, the frame shows the end
// state; a blinking caret would be on in one run and off in the next.
const stillFrameCss = `
*, *::before, *::after {
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  caret-color: transparent !important;
}
::-webkit-scrollbar { display: none; }
`;

function installStillFrameCss(css) {
  const add = () => {
    const style = document.createElement('style');
    style.dataset.guides = 'still-frame';
    style.textContent = css;
    document.documentElement.append(style);
  };
  if (document.documentElement) add();
  else new MutationObserver((_, observer) => {
    if (!document.documentElement) return;
    observer.disconnect();
    add();
  }).observe(document, { childList: true });
}

const themeCookie = (portalOrigin, theme) => ({ name: THEME_COOKIE, value: theme, url: portalOrigin, sameSite: 'Lax' });

/** A context in `theme`, signed in with `sessionCookies`, whose pages hold still for screenshots. */
export async function newThemedContext(browser, { theme, portalOrigin, sessionCookies = [] }) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor,
    colorScheme: theme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.addInitScript(installStillFrameCss, stillFrameCss);
  await context.addCookies([themeCookie(portalOrigin, theme), ...sessionCookies]);
  return context;
}
