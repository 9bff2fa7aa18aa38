import { describe, expect, it } from 'vitest';
import { InvalidIdError } from './errors';
import { batchBodies, httpText, roleAssignmentCreateRequests, roleAssignmentDeleteRequests } from './request-plans';

const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const alex = '22222222-2222-4222-8222-222222222222';
const unit = '33333333-3333-4333-8333-333333333333';

describe('roleAssignmentCreateRequests', () => {
  it.each([
    ['Directory', '/'],
    ['an administrative unit', `/administrativeUnits/${unit}`],
    ['an app registration', `/${unit}`],
  ])('posts a unifiedRoleAssignment at %s', (_, directoryScopeId) => {
    expect(roleAssignmentCreateRequests([{ roleDefinitionId: helpdesk, principalId: alex, directoryScopeId }])).toEqual([
      {
        method: 'POST',
        url: '/roleManagement/directory/roleAssignments',
        body: { '@odata.type': '#microsoft.graph.unifiedRoleAssignment', roleDefinitionId: helpdesk, principalId: alex, directoryScopeId },
      },
    ]);
  });

  it('keeps only the four documented properties, in a fixed order', () => {
    const [request] = roleAssignmentCreateRequests([
      { directoryScopeId: '/', principalId: alex, roleDefinitionId: helpdesk, extra: 'x' } as never,
    ]);
    expect(Object.keys(request?.body ?? {})).toEqual(['@odata.type', 'roleDefinitionId', 'principalId', 'directoryScopeId']);
  });

  it.each([
    { roleDefinitionId: 'not-a-guid', principalId: alex, directoryScopeId: '/' },
    { roleDefinitionId: helpdesk, principalId: "x' or 1 eq 1", directoryScopeId: '/' },
    { roleDefinitionId: helpdesk, principalId: alex, directoryScopeId: '/users/x' },
  ])('refuses %j before building anything', (input) => {
    expect(() => roleAssignmentCreateRequests([{ roleDefinitionId: helpdesk, principalId: alex, directoryScopeId: '/' }, input])).toThrow(InvalidIdError);
  });
});

describe('roleAssignmentDeleteRequests', () => {
  it.each([
    ['lAPpYvVpN0KRkAEhdxReEJC2sEqbR_9Hr48lds9SGHI-1', '/roleManagement/directory/roleAssignments/lAPpYvVpN0KRkAEhdxReEJC2sEqbR_9Hr48lds9SGHI-1'],
    ['abc.def~1', '/roleManagement/directory/roleAssignments/abc.def~1'],
  ])('deletes %s', (id, url) => {
    expect(roleAssignmentDeleteRequests([id])).toEqual([{ method: 'DELETE', url }]);
  });

  it.each(['../users', 'a/b', 'a b', ''])('refuses %j', (id) => {
    expect(() => roleAssignmentDeleteRequests([id])).toThrow(InvalidIdError);
  });
});

describe('batchBodies', () => {
  it('puts at most 20 requests in each batch, numbered from 1', () => {
    const requests = roleAssignmentDeleteRequests(Array.from({ length: 21 }, (_, i) => `id${i}`));
    const batches = batchBodies(requests);
    expect(batches.map((b) => b.requests.length)).toEqual([20, 1]);
    expect(batches[1]?.requests[0]).toEqual({ id: '1', method: 'DELETE', url: '/roleManagement/directory/roleAssignments/id20' });
  });

  it('sends a body with its Content-Type', () => {
    const [batch] = batchBodies(roleAssignmentCreateRequests([{ roleDefinitionId: helpdesk, principalId: alex, directoryScopeId: '/' }]));
    expect(batch?.requests[0]).toMatchObject({ id: '1', method: 'POST', headers: { 'Content-Type': 'application/json' } });
  });
});

describe('httpText', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0', 'DELETE https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments/x-1'],
    ['http://localhost:4000/v1.0/', 'DELETE http://localhost:4000/v1.0/roleManagement/directory/roleAssignments/x-1'],
  ])('writes the absolute URL under %s', (base, expected) => {
    expect(httpText({ method: 'DELETE', url: '/roleManagement/directory/roleAssignments/x-1' }, base)).toBe(expected);
  });

  it('writes the JSON body after a blank line', () => {
    const [request] = roleAssignmentCreateRequests([{ roleDefinitionId: helpdesk, principalId: alex, directoryScopeId: '/' }]);
    expect(httpText(request as never, 'https://graph.microsoft.com/v1.0')).toBe(
      [
        'POST https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments',
        'Content-Type: application/json',
        '',
        '{',
        '  "@odata.type": "#microsoft.graph.unifiedRoleAssignment",',
        `  "roleDefinitionId": "${helpdesk}",`,
        `  "principalId": "${alex}",`,
        '  "directoryScopeId": "/"',
        '}',
      ].join('\n'),
    );
  });
});
