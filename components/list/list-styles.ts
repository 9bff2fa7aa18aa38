'use client';

import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared by the searchable lists: Administrative units, App registrations, a scope's roles, a unit's members. */
export const useListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  search: { width: '320px', maxWidth: '100%' },
  summary: { color: tokens.colorNeutralForeground2 },
  link: {
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground2,
  },
  cellLines: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  clamp: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});
