'use client';

import { SearchBox } from '@fluentui/react-components';
import { useListStyles } from './list-styles';

/**
 * The search box of a list the browser holds whole: it filters on every key (the text kept in the URL by
 * useUrlSearch). A list Graph searches page by page uses ListSearch instead.
 */
export function InBrowserSearch({ value, onChange, placeholder, label }: {
  value: string;
  onChange: (search: string) => void;
  placeholder: string;
  label: string;
}) {
  const styles = useListStyles();
  return <SearchBox className={styles.search} placeholder={placeholder} aria-label={label} value={value} onChange={(_, data) => onChange(data.value)} />;
}
