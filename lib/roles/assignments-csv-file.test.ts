import { describe, expect, it } from 'vitest';
import { assignmentsCsvFileName, attachmentDisposition } from './assignments-csv-file';

describe('assignmentsCsvFileName', () => {
  const lateEvening = new Date('2026-05-14T23:30:00-02:00'); // already the 15th in UTC
  it.each<[string, string | undefined, string]>([
    ['every role', undefined, 'role-assignments-2026-05-15.csv'],
    ['one role', 'Helpdesk Administrator', 'helpdesk-administrator-assignments-2026-05-15.csv'],
    ['accents and punctuation', "Administrateur d'Équipe (Teams)", 'administrateur-d-equipe-teams-assignments-2026-05-15.csv'],
    ['a name of symbols only', '***', 'role-assignments-2026-05-15.csv'],
  ])('%s', (_, roleName, expected) => {
    expect(assignmentsCsvFileName(lateEvening, roleName)).toBe(expected);
  });
});

describe('attachmentDisposition', () => {
  it('asks the browser to download under the given name', () => {
    expect(attachmentDisposition('role-assignments-2026-05-15.csv')).toBe('attachment; filename="role-assignments-2026-05-15.csv"');
  });
  it('cannot be broken out of by a quote or a line break', () => {
    expect(attachmentDisposition('a"b\r\nc.csv')).toBe('attachment; filename="abc.csv"');
  });
});
