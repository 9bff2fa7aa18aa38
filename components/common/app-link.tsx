'use client';

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  // Inside a sentence a link must not rely on colour alone (WCAG 1.4.1).
  inline: { textDecorationLine: 'underline' },
});

/**
 * An in-portal link that looks like Fluent's Link (brand colour in light and dark, never "visited" purple) and
 * navigates client-side. Not prefetched: in a list, prefetching every row's blade would cost a Graph read per row.
 */
export function AppLink({ href, children, inline, title, label }: { href: string; children: ReactNode; inline?: boolean; title?: string; /** The accessible name, when the text alone is ambiguous (one per row). */ label?: string }) {
  const styles = useStyles();
  return (
    <NextLink prefetch={false} className={mergeClasses(styles.link, inline && styles.inline)} href={href} title={title} aria-label={label}>
      {children}
    </NextLink>
  );
}
