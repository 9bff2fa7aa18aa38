/**
 * The Download assignments file's name, dated in UTC: `role-assignments-2026-05-14.csv`, or, for one role,
 * `helpdesk-administrator-assignments-2026-05-14.csv`.
 */
export function assignmentsCsvFileName(now: Date, roleName?: string): string {
  const date = now.toISOString().slice(0, 10);
  const slug = fileNameSlug(roleName ?? '');
  return slug ? `${slug}-assignments-${date}.csv` : `role-assignments-${date}.csv`;
}

/** A name as an ASCII file-name part: "Helpdesk Administrator" → `helpdesk-administrator`; empty when nothing is left. */
export function fileNameSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A Content-Disposition that downloads, with an ASCII-only name (the slug above never needs RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, '')}"`;
}
