'use client';

import { useEffect, useRef, useState } from 'react';

const SEARCH_URL_DELAY_MS = 300;

/**
 * A list's search text, kept in the URL (`?search=`) so a reload or a shared link shows the same rows. The list
 * filters at once; the address bar follows after a pause (History API: no server round trip per keystroke).
 */
export function useUrlSearch(initial: string): [string, (search: string) => void] {
  const [search, setSearch] = useState(initial);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams(window.location.search);
      if (search.trim()) params.set('search', search);
      else params.delete('search');
      const query = params.toString();
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    }, SEARCH_URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);
  return [search, setSearch];
}

/** Whether every word of `search` appears in one of `fields`, ignoring case. */
export function matchesSearch(search: string, fields: readonly (string | null | undefined)[]): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fields.filter(Boolean).join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}
