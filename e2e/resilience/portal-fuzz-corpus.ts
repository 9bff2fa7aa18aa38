import { builtInRoles } from '../../tests/demo-tenant.mjs';

// Hostile portal URLs: every route with ids and query values a careless link, a scanner or an attacker would send.
// The list is built, never drawn at random, so a failure names the same URL in every run and on every machine.
// Segments and values are written as they go on the wire: `%zz` stays undecodable, `%00` stays a NUL.

// Ids of the demo tenant (name-based GUIDs, emulator/README.md "Same seed, same ids"); a hostile id goes in one
// slot of a two-id route while the other holds a real object, so the route gets past its first check.
const { helpdeskAdministrator } = builtInRoles;
const SEATTLE_UNIT = '6209a15c-93f4-56ca-994c-dd56cbc97b89';
const CONTOSO_EXPENSES_APP = 'e33f94dc-b950-54a0-a4e6-82af69941a34';

/** Path segments: malformed and unknown GUIDs, broken percent-encoding, traversal, huge, unicode, markup, quotes. */
export const hostileIds: readonly string[] = [
  'not-a-guid',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '729827E3-9C14-49F7-BB1B-9608F156BBB8',
  '{729827e3-9c14-49f7-bb1b-9608f156bbb8}',
  '729827e39c1449f7bb1b9608f156bbb8',
  '729827e3-9c14-49f7-bb1b-9608f156bbb',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8x',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8%00',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8%20',
  '%20729827e3-9c14-49f7-bb1b-9608f156bbb8',
  '%zz',
  '%',
  'abc%g0',
  '%E0%80%80',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '%01%02%1F%7F',
  '%0D%0ASet-Cookie:%20x=1',
  '..',
  '%2e%2e',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f_emulator%2freset',
  '..%5c..%5cwindows',
  '%2F',
  'a'.repeat(300),
  '7'.repeat(4_000),
  `${'%41'.repeat(2_000)}`,
  '%D1%80%D0%BE%D0%BB%D1%8C',
  '%F0%9F%98%80',
  '%E2%80%AE%E2%80%8B',
  '%EF%BB%BF',
  "'",
  '%27',
  '%22',
  "'%20or%201%20eq%201%20or%20'",
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%3Cimg%20src=x%20onerror=alert(1)%3E',
  '$batch',
  '%24batch',
  'me',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  '-1',
  '.env',
];

/** Query values: control characters, huge, broken encoding, markup, OData and JSON lookalikes, odd cursors. */
export const hostileValues: readonly string[] = [
  '',
  '%00',
  '%01%02%1F',
  '%0D%0Ax',
  '%zz',
  '%',
  '%E0%80%80',
  'a'.repeat(8_000),
  '%F0%9F%98%80',
  "'",
  "'%20or%201%20eq%201%20or%20'",
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Csvg%20onload=alert(1)%3E',
  '%7B%22__proto__%22%3A1%7D',
  '!!!',
  'bm90LWEtY3Vyc29y',
  '-1',
  '1e309',
  '99999-99-99',
  '2026-02-30T25:61:00Z',
  'true',
  '__proto__',
];

// Names each route reads (lib/roles/*-filters.ts, lib/views/*) and a few it doesn't, so unknown names are tried too.
const listRoutes: ReadonlyArray<{ path: string; params: readonly string[] }> = [
  { path: '/roles', params: ['search', 'privileged', 'type', 'sort'] },
  { path: `/roles/${helpdeskAdministrator}`, params: ['search', 'after', 'type', 'scopeKind'] },
  { path: '/users', params: ['search', 'after'] },
  { path: '/groups', params: ['search', 'after', 'roleAssignable'] },
  { path: '/admin-units', params: ['search'] },
  { path: '/app-registrations', params: ['search'] },
  { path: '/audit', params: ['search', 'activity', 'actor', 'role', 'from', 'to', 'after'] },
  { path: '/my-roles', params: ['filter'] },
  { path: '/api/directory/search', params: ['q', 'types'] },
  { path: '/api/assignments-csv', params: ['roleId', 'search'] },
  { path: '/api/audit-csv', params: ['activity', 'from', 'to'] },
  { path: '/api/role-assignment-counts', params: ['filter'] },
];

// {id} is where a hostile id goes.
const idRoutes: readonly string[] = [
  '/roles/{id}',
  '/roles/{id}/description',
  '/users/{id}',
  '/users/{id}/roles',
  '/groups/{id}',
  '/groups/{id}/members',
  '/groups/{id}/roles',
  '/admin-units/{id}',
  '/admin-units/{id}/roles',
  `/admin-units/{id}/roles/${helpdeskAdministrator}`,
  `/admin-units/${SEATTLE_UNIT}/roles/{id}`,
  '/app-registrations/{id}',
  '/app-registrations/{id}/roles',
  `/app-registrations/{id}/roles/${helpdeskAdministrator}`,
  `/app-registrations/${CONTOSO_EXPENSES_APP}/roles/{id}`,
];

/** Query strings that are not one name=value: arrays, repeated names, bracket syntax, no value, bare junk. */
const oddQueries: readonly string[] = [
  'search=a&search=b',
  'after=a&after=b&after=c',
  'search[]=a&search[]=b',
  'search[$ne]=x',
  'search',
  '=&=&=',
  '&&&',
  '%zz=1',
  'a=%zz&b=%',
  `${'x='.repeat(500)}`,
  `after=${Array.from({ length: 200 }, (_, i) => `c${i}`).join('&after=')}`,
  '__proto__[polluted]=1',
  'constructor[prototype][x]=1',
];

export type FuzzCase = { url: string; kind: 'id' | 'query' };

/** Every hostile URL, in a fixed order. */
export function portalFuzzCorpus(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const route of idRoutes) {
    for (const id of hostileIds) cases.push({ url: route.replace('{id}', id), kind: 'id' });
  }
  for (const { path, params } of listRoutes) {
    for (const name of params) {
      for (const value of hostileValues) cases.push({ url: `${path}?${name}=${value}`, kind: 'query' });
    }
    for (const query of oddQueries) cases.push({ url: `${path}?${query}`, kind: 'query' });
  }
  return cases;
}

/** The fast sample: every `step`-th case, from a fixed start, so each run tries the same URLs. */
export function sampleEvery<T>(items: readonly T[], step: number): T[] {
  return items.filter((_, index) => index % step === 0);
}

// What must never reach a person's screen: stack frames, Node's error names and codes, module paths, Next's digest.
const frameLocation = /(?:file:\/\/|node:|\/)[^()\s]*\.(?:[cm]?js|tsx?):\d+:\d+/;
export const internalTextPatterns: readonly RegExp[] = [
  frameLocation, // "at fn (/app/.next/server/chunks/1.js:1:2)"
  /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|URIError)\b/,
  /node_modules/,
  /\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|ADDRINUSE|NOENT)\b/,
  /\bdigest\b/i,
  /\.next\/server/,
  /\bwebpack\b|\bturbopack\b/i,
  /\bundefined is not\b|\bcannot read propert/i,
];

// The same in the raw answer, scripts included: the RSC payload a page carries must not hold them either (Next's
// own error digest is a number there, and may be).
export const internalRawPatterns: readonly RegExp[] = [frameLocation, /node_modules/, /\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT)\b/];

/** The text a browser would show from an HTML answer (scripts, styles and tags dropped), or the body as is. */
export function visibleText(body: string, contentType: string): string {
  if (!contentType.includes('html')) return body;
  return body
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

// A blade that threw shows one of the error boundaries (app/error.tsx, app/(portal)/error.tsx, global-error): for a
// URL the portal itself refuses, that is a server error in a 200's clothing (the stream had started).
export const errorBoundaryText = /Something went wrong|couldn.t load|couldn.t be loaded/i;
