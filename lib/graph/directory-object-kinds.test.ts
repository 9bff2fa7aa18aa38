import { describe, expect, it } from 'vitest';
import { directoryObjectKind, directoryObjectKindLabels, principalCollections, principalKinds } from './directory-object-kinds';

describe('directoryObjectKind', () => {
  it.each([
    ['#microsoft.graph.user', 'user'],
    ['#microsoft.graph.group', 'group'],
    ['#microsoft.graph.servicePrincipal', 'servicePrincipal'],
    ['#microsoft.graph.serviceprincipal', 'servicePrincipal'],
    ['#Microsoft.Graph.Device', 'device'],
    ['microsoft.graph.user', 'user'],
  ])('reads %s as %s', (type, kind) => {
    expect(directoryObjectKind({ '@odata.type': type })).toBe(kind);
  });

  it.each([['#microsoft.graph.application'], ['#microsoft.graph.orgContact'], ['user'], ['']])('knows no kind for %j', (type) => {
    expect(directoryObjectKind({ '@odata.type': type })).toBeUndefined();
  });

  it('knows no kind when Graph left the type out or returned no object', () => {
    expect(directoryObjectKind({})).toBeUndefined();
    expect(directoryObjectKind({ '@odata.type': null })).toBeUndefined();
    expect(directoryObjectKind(null)).toBeUndefined();
    expect(directoryObjectKind(undefined)).toBeUndefined();
  });
});

describe('labels and collections', () => {
  it("uses Entra's words for each kind", () => {
    expect(directoryObjectKindLabels).toEqual({ user: 'User', group: 'Group', servicePrincipal: 'Service principal', device: 'Device' });
  });

  it('reads each principal kind from its own collection', () => {
    expect(principalKinds.map((kind) => principalCollections[kind])).toEqual(['/users', '/groups', '/servicePrincipals']);
  });
});
