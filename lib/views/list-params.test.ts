import { describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/errors';
import { hasControlCharacters, ignoredFiltersNote, listInputNotes, readCursorTrail, readPageOrFirst, readSearch, searchInputError } from './list-params';

describe('readSearch', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['  admin ', 'admin'],
    [['first', 'second'], 'first'],
    ['Zoë Müller-Łukasz', 'Zoë Müller-Łukasz'],
    ['"quoted" & <b>', '"quoted" & <b>'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('keeps the search %j as %j', (value, search) => {
    expect(readSearch(value)).toEqual({ search, note: null });
  });

  it.each([['\u0000'], ['adm\u0000in'], ['a\tb'], ['a\nb'], ['\u007f'], ['\u009b']])('ignores a search with control characters: %j', (value) => {
    expect(readSearch(value)).toEqual({ search: '', note: listInputNotes.searchControlCharacters });
  });

  it('ignores a search over 100 characters, saying so', () => {
    expect(readSearch('x'.repeat(101))).toEqual({ search: '', note: listInputNotes.searchTooLong });
    expect(listInputNotes.searchTooLong.message).toContain('100 characters');
  });
});

describe('searchInputError', () => {
  it('says why a typed search cannot be used', () => {
    expect(searchInputError('admin')).toBeNull();
    expect(searchInputError('a\u0000')).toMatch(/control characters/);
    expect(searchInputError('x'.repeat(101))).toMatch(/at most 100/);
  });
});

describe('hasControlCharacters', () => {
  it('finds C0 and C1 controls, not other text', () => {
    expect(hasControlCharacters('\u0001')).toBe(true);
    expect(hasControlCharacters('\u0085')).toBe(true);
    expect(hasControlCharacters('名前 émoji 🙂')).toBe(false);
  });
});

describe('readCursorTrail', () => {
  it.each([
    [undefined, []],
    ['abc', ['abc']],
    [['a', 'b'], ['a', 'b']],
  ])('keeps the trail %j', (value, after) => {
    expect(readCursorTrail(value)).toEqual({ after, note: null });
  });

  it.each([
    ['an empty cursor', ''],
    ['a cursor over 2048 characters', 'x'.repeat(2049)],
    ['a cursor with NUL', 'ab\u0000'],
    ['more than 50 pages', Array.from({ length: 51 }, () => 'x')],
  ])('starts at the first page for %s, saying the link expired', (_, value) => {
    expect(readCursorTrail(value)).toEqual({ after: [], note: listInputNotes.cursorExpired });
  });
});

describe('readPageOrFirst', () => {
  const refused = new GraphError({ status: 400, code: 'BadRequest', graphMessage: "Invalid $skiptoken value 'x'." });

  it('reads the page after the cursors', async () => {
    await expect(readPageOrFirst(['t1'], async (after) => after)).resolves.toEqual({ page: ['t1'], note: null });
  });

  it('shows the first page, with a note, when Graph refuses the cursor', async () => {
    const reads: string[][] = [];
    const result = await readPageOrFirst(['stale'], async (after) => {
      reads.push(after);
      if (after.length) throw refused;
      return 'first page';
    });
    expect(result).toEqual({ page: 'first page', note: listInputNotes.cursorExpired });
    expect(result.note?.message).toBe('That page link has expired; showing the first page.');
    expect(reads).toEqual([['stale'], []]);
  });

  it('throws a 400 on the first page, and any other failure, as it is', async () => {
    await expect(readPageOrFirst([], async () => Promise.reject(refused))).rejects.toBe(refused);
    const outage = new GraphError({ status: 503, code: 'ServiceUnavailable' });
    await expect(readPageOrFirst(['t'], async () => Promise.reject(outage))).rejects.toBe(outage);
  });
});

describe('ignoredFiltersNote', () => {
  const keys = ['activity', 'from', 'to'];

  it('names the filters the link gave that were not applied', () => {
    expect(ignoredFiltersNote({ activity: 'Nope', from: '2026-02-30', to: '2026-11-01' }, { activity: '', from: '', to: '2026-11-01' }, keys))
      .toEqual({ title: 'Filters ignored', message: "The activity and from filters in this link aren't valid, so the list is shown without them." });
    expect(ignoredFiltersNote({ to: '%00' }, { to: '' }, keys)?.message).toBe("The to filter in this link isn't valid, so the list is shown without it.");
  });

  it('says nothing when every filter given was applied, or none was given', () => {
    expect(ignoredFiltersNote({ from: '2026-11-01', other: 'x' }, { from: '2026-11-01' }, keys)).toBeNull();
    expect(ignoredFiltersNote({ activity: '  ' }, { activity: '' }, keys)).toBeNull();
  });
});
