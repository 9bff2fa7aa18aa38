'use client';

import { makeStyles, tokens } from '@fluentui/react-components';

// Fluent's colorful Avatar picks one of these palettes from a hash of the name; the top bar's 28 px initials use the
// same palettes and hash, so the admin's colour is Fluent's, without Avatar's image, presence badge and icon code on
// every page's first load.
const palettes = [
  'DarkRed', 'Cranberry', 'Red', 'Pumpkin', 'Peach', 'Marigold', 'Gold', 'Brass', 'Brown', 'Forest', 'Seafoam', 'DarkGreen',
  'LightTeal', 'Teal', 'Steel', 'Blue', 'RoyalBlue', 'Cornflower', 'Navy', 'Lavender', 'Purple', 'Grape', 'Lilac', 'Pink',
  'Magenta', 'Plum', 'Beige', 'Mink', 'Platinum', 'Anchor',
] as const;

/** Fluent's Avatar hash (react-avatar, useAvatar.ts). */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const ch = text.charCodeAt(i);
    const shift = i % 8;
    hash ^= (ch << shift) + (ch >> (8 - shift));
  }
  return hash;
}

/** "Patti Fernandez" → "PF", "Megan" → "M": the first letters of the first and last words, as Fluent's Avatar shows. */
export function initialsOf(name: string): string {
  const words = name.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ').trim().split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  neutral: { backgroundColor: tokens.colorNeutralBackground6 },
});

/** A name's initials in Fluent's colourful avatar circle (decorative: the name is always written beside it). */
export function InitialsAvatar({ name }: { name?: string }) {
  const styles = useStyles();
  if (!name) return <span className={`${styles.root} ${styles.neutral}`} aria-hidden />;
  const palette = palettes[Math.abs(hashOf(name)) % palettes.length];
  return (
    <span
      className={styles.root}
      style={{ color: `var(--colorPalette${palette}Foreground2)`, backgroundColor: `var(--colorPalette${palette}Background2)` }}
      aria-hidden
    >
      {initialsOf(name)}
    </span>
  );
}
