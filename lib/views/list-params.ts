import { GraphError } from '@/lib/graph/errors';

// Search and paging input from a list page's URL, checked before any of it reaches Graph. A link can be edited,
// truncated or stale: bad input is ignored with a note that says so, never sent on to become a 5xx or an error page.

/** Longer than any name or UPN a search is for; a longer one is a pasted mistake, not a search. */
export const MAX_SEARCH_LENGTH = 100;
/** Graph's `$skiptoken`s are opaque but bounded; the trail is one token per page already passed. */
const MAX_CURSOR_LENGTH = 2048;
const MAX_CURSOR_TRAIL = 50;

/** C0 and C1 control characters (NUL, tab, newline, DEL, …): nothing a name or a search term contains. */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(value);
}

/** A note for the list page, shown above the list in a MessageBar. */
export type ListInputNote = { title: string; message: string };

export const listInputNotes = {
  searchControlCharacters: {
    title: 'Search ignored',
    message: "The search in this link contains control characters, which a search can't use. Showing the list without it.",
  },
  searchTooLong: {
    title: 'Search ignored',
    message: `The search in this link is longer than ${MAX_SEARCH_LENGTH} characters. Showing the list without it.`,
  },
  cursorExpired: { title: 'Page link expired', message: 'That page link has expired; showing the first page.' },
} satisfies Record<string, ListInputNote>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** `?search=`: trimmed; ignored (with a note) when it has control characters or is too long. */
export function readSearch(value: string | string[] | undefined): { search: string; note: ListInputNote | null } {
  const search = first(value).trim();
  if (hasControlCharacters(search)) return { search: '', note: listInputNotes.searchControlCharacters };
  if (search.length > MAX_SEARCH_LENGTH) return { search: '', note: listInputNotes.searchTooLong };
  return { search, note: null };
}

/** Why a search typed into a box can't be used, or null: the same rules as a search read from the URL. */
export function searchInputError(search: string): string | null {
  if (hasControlCharacters(search)) return "A search can't contain control characters.";
  if (search.trim().length > MAX_SEARCH_LENGTH) return `Type at most ${MAX_SEARCH_LENGTH} characters.`;
  return null;
}

/**
 * A note naming the filters a link asked for that the list could not use (an unknown activity, an impossible date),
 * or null when every filter given was applied. `applied` holds what the page's own parser kept of each.
 */
export function ignoredFiltersNote(
  params: Record<string, string | string[] | undefined>,
  applied: Record<string, string>,
  keys: readonly string[],
): ListInputNote | null {
  const ignored = keys.filter((key) => first(params[key]).trim() !== '' && !applied[key]);
  if (ignored.length === 0) return null;
  const plural = ignored.length > 1;
  const names = plural ? `${ignored.slice(0, -1).join(', ')} and ${ignored.at(-1)}` : ignored.join('');
  return {
    title: 'Filters ignored',
    message: `The ${names} ${plural ? "filters in this link aren't" : "filter in this link isn't"} valid, so the list is shown without ${plural ? 'them' : 'it'}.`,
  };
}

/**
 * `?after=`, repeated: one `$skiptoken` per page already passed. A trail that can't be one (empty, too long,
 * control characters) starts again at the first page, with a note.
 */
export function readCursorTrail(value: string | string[] | undefined): { after: string[]; note: ListInputNote | null } {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const valid =
    list.length <= MAX_CURSOR_TRAIL &&
    list.every((token) => token.length > 0 && token.length <= MAX_CURSOR_LENGTH && !hasControlCharacters(token));
  return valid ? { after: list, note: null } : { after: [], note: listInputNotes.cursorExpired };
}

/**
 * Reads a page after the cursors in `after`; when Graph refuses them with 400 (an expired or edited `$skiptoken`),
 * reads the first page instead and says so. Without cursors a 400 is a real failure and is thrown.
 */
export async function readPageOrFirst<T>(
  after: string[],
  read: (after: string[]) => Promise<T>,
): Promise<{ page: T; note: ListInputNote | null }> {
  if (after.length === 0) return { page: await read([]), note: null };
  try {
    return { page: await read(after), note: null };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 400) throw error;
    return { page: await read([]), note: listInputNotes.cursorExpired };
  }
}
