import { describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/errors';
import { additionResult, removalResult } from './outcome-lines';

const timeout = new GraphError({ status: 0, code: 'Timeout' });
const refused = new GraphError({ status: 403, code: 'Authorization_RequestDenied', method: 'DELETE', requestId: 'r-1' });

describe('what Remove assignment says', () => {
  it('says removed only of what was removed, and asks to check again where Graph could not tell', () => {
    const result = removalResult('Groups Administrator', [
      { what: 'Alex at Directory', fate: 'done' },
      { what: 'Ben at Directory', fate: 'not-done', error: refused },
      { what: 'Cam at Directory', fate: 'unknown', error: timeout },
    ]);
    expect(result).toMatchObject({
      ok: false,
      message: 'Removed 1 of 3 assignments of Groups Administrator; 1 not removed; 1 unknown: check again below.',
      requestId: 'r-1',
    });
    expect(result.details).toEqual([
      'Removed Alex at Directory.',
      expect.stringMatching(/^Not removed: Ben at Directory: You don't have permission/),
      'Unknown: Cam at Directory: Microsoft Graph did not answer in time, so it may or may not have been removed. Check again.',
    ]);
    expect(result.details?.join(' ')).not.toContain('nothing was changed');
  });

  it('never says nothing was removed when the fate of every item is unknown', () => {
    const result = removalResult('Groups Administrator', [{ what: 'Alex at Directory', fate: 'unknown', error: timeout }]);
    expect(result.message).toBe('No assignment of Groups Administrator is known to be removed; 1 unknown: check again below.');
  });
});

describe('what Add assignments says', () => {
  it('one line per member: added, not added, unknown', () => {
    const result = additionResult('Reports Reader at Directory scope', [
      { what: 'Alex', fate: 'done' },
      { what: 'Cam', fate: 'unknown', error: new GraphError({ status: 0, code: 'NetworkError' }) },
    ]);
    expect(result.message).toBe('Added 1 of 2 assignments to Reports Reader at Directory scope; 1 unknown: check again below.');
    expect(result.details).toEqual(['Alex: added.', 'Cam: unknown, check again: the connection to Microsoft Graph failed, so it may or may not have been added.']);
  });
});
