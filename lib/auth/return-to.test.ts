import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/roles/62e90394-69f5-4237-9190-012177145e10', '/roles/62e90394-69f5-4237-9190-012177145e10'],
    ['/roles?search=admin&privileged=1', '/roles?search=admin&privileged=1'],
    ['/users/x/roles', '/users/x/roles'],
    ['/groups/./x', '/groups/x'],
    ['/roles?search=%2F%2Fevil', '/roles?search=%2F%2Fevil'],
  ])('keeps a path on this site: %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['https://evil.example/'],
    ['//evil.example/roles'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    ['roles'],
    ['/sign-in?returnTo=/roles'],
    ['/auth/redirect'],
    ['/api/session'],
    ['/roles\n'],
  ])('falls back to All roles for %s', (value) => {
    expect(safeReturnTo(value)).toBe('/roles');
  });

  // The open-redirect spellings: each one, read by a browser or by URL normalisation, can mean another host.
  it.each([
    ['//evil'],
    ['/\\evil'],
    ['\\/evil'],
    ['/.//evil.example'],
    ['/..//evil'],
    ['/./\\evil'],
    ['/roles/..//evil'],
    ['/%2e//evil'],
    ['/%2e%2e//evil'],
    ['/%2E%2E//evil'],
    ['/%2e%2e%2f%2fevil'],
    ['/%2f%2fevil'],
    ['/%2F/evil'],
    ['/%5cevil'],
    ['/%5C%5Cevil'],
    ['/\t/evil'],
    ['/\n/evil'],
    ['/\r\n//evil'],
    ['/%09/evil'],
    ['/%0a/evil'],
    ['/\u007f/evil'],
    ['https:evil'],
    ['https:/evil'],
    ['http://evil'],
    ['%2f%2fevil'],
    [' //evil'],
    ['/%zz'],
    ['/%73ign-in'],
  ])('refuses the open-redirect spelling %j', (value) => {
    expect(safeReturnTo(value)).toBe('/roles');
    expect(signInPath(value)).toBe('/sign-in?returnTo=%2Froles');
  });
});

describe('signInPath', () => {
  it('carries the page to return to and the reason', () => {
    expect(signInPath('/groups?roleAssignable=1', 'expired')).toBe(
      '/sign-in?returnTo=%2Fgroups%3FroleAssignable%3D1&reason=expired',
    );
  });
});
