'use client';

import { makeStyles, SearchBox } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

const useStyles = makeStyles({ search: { width: '320px', maxWidth: '100%' } });

/**
 * A server-side search box: the list is Graph's `$search`, so the URL changes (and the server reads a new page)
 * when the admin stops typing for a moment or presses Enter, not on every key.
 */
export function ListSearch({ value, onSearch, label, pending }: {
  value: string;
  onSearch: (search: string) => void;
  label: string;
  pending?: boolean;
}) {
  const styles = useStyles();
  const [text, setText] = useState(value);
  // The URL changed from elsewhere (Clear, Back): show its search.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (text.trim() !== value) setText(value);
  }
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => latest.current(text.trim()), 400);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <SearchBox
      className={styles.search}
      value={text}
      maxLength={100}
      onChange={(_, data) => setText(data.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') latest.current(text.trim());
      }}
      placeholder={label}
      aria-label={label}
      aria-busy={pending || undefined}
    />
  );
}
