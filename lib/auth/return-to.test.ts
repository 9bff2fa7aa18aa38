import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/roles/62e90394-69f5-4237-9190-012177145e10', '/roles/62e90394-69f5-4237-9190-012177145e10'],
    ['/roles?search=admin&privileged=1', '/roles?search=admin&privileged=1'],
    ['/users/x/roles', '/users/x/roles'],
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
});

describe('signInPath', () => {
  it('carries the page to return to and the reason', () => {
    expect(signInPath('/groups?roleAssignable=1', 'expired')).toBe(
      '/sign-in?returnTo=%2Fgroups%3FroleAssignable%3D1&reason=expired',
    );
  });
});
