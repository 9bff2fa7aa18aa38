import { describe, expect, it } from 'vitest';
import { parseDirectoryScopeId, scopeKindLabels, toDirectoryScopeId, type DirectoryScope } from './scope-kinds';

const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const APP = 'd23998b1-8853-4c87-b95f-be97d2de6b49';

describe('parseDirectoryScopeId', () => {
  it.each<[string, DirectoryScope | null]>([
    ['/', { kind: 'directory' }],
    [`/administrativeUnits/${AU}`, { kind: 'administrativeUnit', id: AU }],
    [`/${APP}`, { kind: 'application', id: APP }],
    [`/${APP.toUpperCase()}`, { kind: 'application', id: APP.toUpperCase() }],
    ['', null],
    ['//', null],
    [APP, null],
    [`/${APP}/`, null],
    ['/administrativeUnits/', null],
    ['/administrativeUnits/not-a-guid', null],
    [`/administrativeunits/${AU}`, null],
    [`/administrativeUnits/${AU}/members`, null],
    [`/AccessPackageCatalog/${AU}`, null],
    [`/${APP}x`, null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDirectoryScopeId(input)).toEqual(expected);
  });

  it.each<DirectoryScope>([
    { kind: 'directory' },
    { kind: 'administrativeUnit', id: AU },
    { kind: 'application', id: APP },
  ])('round-trips %j through toDirectoryScopeId', (scope) => {
    expect(parseDirectoryScopeId(toDirectoryScopeId(scope))).toEqual(scope);
  });
});

describe('scopeKindLabels', () => {
  it('uses Entra\u2019s words', () => {
    expect(scopeKindLabels).toEqual({
      directory: 'Directory',
      administrativeUnit: 'Administrative unit',
      application: 'App registration',
    });
  });
});
