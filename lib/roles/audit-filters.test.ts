import { describe, expect, it } from 'vitest';
import { auditGraphOptions, auditHref, emptyAuditFilters, parseAuditFilters } from './audit-filters';

const patti = '11111111-1111-4111-8111-111111111111';

describe('parseAuditFilters', () => {
  it.each([
    [{}, emptyAuditFilters],
    [{ activity: 'Remove member from role' }, { ...emptyAuditFilters, activity: 'Remove member from role' }],
    [{ activity: "x' or 1 eq 1" }, emptyAuditFilters],
    [{ actor: patti.toUpperCase() }, { ...emptyAuditFilters, actor: patti }],
    [{ actor: `app:${patti}` }, { ...emptyAuditFilters, actor: `app:${patti}` }],
    [{ actor: 'PattiF@contoso.onmicrosoft.com' }, emptyAuditFilters],
    [{ role: ['729827e3-9c14-49f7-bb1b-9608f156bbb8', 'x'] }, { ...emptyAuditFilters, role: '729827e3-9c14-49f7-bb1b-9608f156bbb8' }],
    [{ from: '2026-02-30', to: '2026-11-22' }, { ...emptyAuditFilters, to: '2026-11-22' }],
    [{ from: '2026-11-01T00:00', to: 'yesterday' }, emptyAuditFilters],
  ])('%j', (params, expected) => expect(parseAuditFilters(params)).toEqual(expected));

  it('round-trips through the URL', () => {
    const filters = { activity: 'Add member to role' as const, actor: patti, role: '', from: '2026-11-01', to: '2026-11-22' };
    const href = auditHref(filters);
    expect(href).toBe(`/audit?activity=Add+member+to+role&actor=${patti}&from=2026-11-01&to=2026-11-22`);
    expect(parseAuditFilters(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual(filters);
    expect(auditHref(emptyAuditFilters)).toBe('/audit');
  });
});

describe('auditGraphOptions', () => {
  it('reads role and group categories unless an activity is chosen, and whole UTC days', () => {
    expect(auditGraphOptions({ ...emptyAuditFilters, from: '2026-11-01', to: '2026-11-22' })).toEqual({
      activity: undefined,
      categories: ['RoleManagement', 'GroupManagement'],
      initiatedByUserId: undefined,
      initiatedByAppId: undefined,
      from: new Date('2026-11-01T00:00:00.000Z'),
      to: new Date('2026-11-22T23:59:59.999Z'),
    });
    expect(auditGraphOptions({ ...emptyAuditFilters, activity: 'Add group', actor: `app:${patti}` })).toMatchObject({
      activity: 'Add group',
      categories: undefined,
      initiatedByAppId: patti,
      initiatedByUserId: undefined,
    });
  });
});
