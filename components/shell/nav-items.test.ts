import { describe, expect, it } from 'vitest';
import { navValueForPath } from './nav-items';

describe('the nav item of a path', () => {
  it('is the destination with the longest matching address', () => {
    expect(navValueForPath('/access/findings')).toBe('findings');
    expect(navValueForPath('/access')).toBe('access');
    expect(navValueForPath('/roles/abc/access')).toBe('roles');
    expect(navValueForPath('/my-roles')).toBe('my-roles');
    expect(navValueForPath('/')).toBe('roles');
  });
});
