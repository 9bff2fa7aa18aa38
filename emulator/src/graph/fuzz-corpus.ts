// A deterministic corpus of hostile requests for the fuzz test (fuzz.test.ts): deep nesting, huge inputs, bad
// escapes, odd query option values, bad bodies and content types, bad ids in every route, on every method. The
// same seed gives the same cases, so a failure names a case that can be replayed. Only tests import this file.
import { wellKnownRoles } from '../seed/catalog';
import { contosoIds } from '../seed/contoso';
import { assignmentId } from '../seed/ids';

export type FuzzCase = { method: string; path: string; headers?: Record<string, string>; body?: string };

/** mulberry32: a tiny seeded PRNG, so "random" picks are the same in every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const alex = contosoIds.user('AlexW');
const helpdeskGroup = contosoIds.group('Contoso_Helpdesk_Administrators');
const seattle = contosoIds.administrativeUnit('Seattle');
const expensesApp = contosoIds.application('Contoso Expenses');
const globalReaderOfAlex = assignmentId(wellKnownRoles.globalReader, alex, '/');

/** Routes with `{id}` where an object id goes; every one is tried with each bad id and each method. */
const routes = [
  '/roleManagement/directory/roleDefinitions', '/roleManagement/directory/roleDefinitions/{id}',
  '/roleManagement/directory/roleAssignments', '/roleManagement/directory/roleAssignments/{id}',
  '/directory/administrativeUnits', '/administrativeUnits/{id}', '/directory/administrativeUnits/{id}/members',
  '/administrativeUnits/{id}/members/microsoft.graph.user', '/administrativeUnits/{id}/scopedRoleMembers',
  '/administrativeUnits/{id}/scopedRoleMembers/{id}', '/users', '/users/{id}', '/users/{id}/memberOf',
  '/users/{id}/transitiveMemberOf', '/users/{id}/transitiveMemberOf/microsoft.graph.group', '/me', '/me/memberOf',
  '/groups', '/groups/{id}', '/groups/{id}/members', '/groups/{id}/members/$ref', '/groups/{id}/members/{id}/$ref',
  '/groups/{id}/members/microsoft.graph.user', '/applications', '/applications/{id}', '/servicePrincipals',
  '/servicePrincipals/{id}', '/auditLogs/directoryAudits', '/auditLogs/directoryAudits/{id}', '/{id}', '/users/{id}/{id}',
];
const collections = routes.filter((r) => !r.endsWith('{id}') && !r.endsWith('$ref'));

const badIds = [
  '%zz', '%', '%%', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00', '%2e%2e', '..', '.', '%2F', "'", "''", '%27%27', '"', '<script>',
  'null', 'undefined', '-1', '0', '1e309', `${alex}x`, alex.toUpperCase(), `{${alex}}`, alex.replace(/-/g, ''),
  'x'.repeat(5000), '%41'.repeat(1000), 'é', '%F0%9F%98%80', '😀', '\u202e', 'a@b@c', '@', `${globalReaderOfAlex}`, 'A-1', 'A-3',
  `${'A'.repeat(60)}-2`, '$batch', '$ref', '$count', '$value', 'microsoft.graph.user', '%24metadata', alex, helpdeskGroup,
];

const notChain = (n: number) => `${'not '.repeat(n)}displayName eq 'x'`;
const filters = [
  notChain(500), notChain(5000 / 4), `${'('.repeat(3000)}displayName eq 'x'${')'.repeat(3000)}`, `${'('.repeat(3000)}`,
  `${')'.repeat(3000)}`, `${'('.repeat(200)}id eq '${alex}'${')'.repeat(199)}`, Array.from({ length: 1500 }, () => "id eq 'x'").join(' or '),
  Array.from({ length: 1500 }, () => "id eq 'x'").join(' and '), `id in (${Array.from({ length: 2000 }, () => "'x'").join(',')})`,
  `displayName eq '${'x'.repeat(8000)}'`, "displayName eq 'unterminated", "displayName eq ''''", "displayName eq '%zz'", '%zz', '%',
  `${'members/any(m:'.repeat(300)}m eq 'x'${')'.repeat(300)}`, 'groupTypes/any(c:c eq ', 'groupTypes/all(c:c eq 1)', 'eq eq eq', ')(',
  'startswith(', 'startswith(displayName,', "startswith(displayName,'a'", 'endswith(displayName)', "not(not(not(id eq 'x')))",
  'createdDateTime ge 2024-13-45T99:99:99Z', 'createdDateTime ge 9999-99-99', 'accountEnabled eq tru', 'id eq 1e999', 'id eq -',
  "displayName eq 'x' and", 'and or not', '$it eq 1', "@odata.type eq 'x'", "a/b/c/d/e/f eq 'x'", `${'a/'.repeat(500)}b eq 'x'`,
  "displayName eq 'x'\u0000", "id eq '\u202e'", "displayName eq N'x'", 'id eq 00000000-0000-0000-0000-00000000000g', '',
  ' ', "id in ()", "id in ('a',)", 'id in', "principalId eq '\\'", 'roleDefinitionId eq null', "directoryScopeId eq '/'",
];
const tops = ['-1', '0', '1000', '1e3', 'abc', '99999999999999999999', '', '%zz', '1.5', ' 5', '0x10', '999', '1'];
const skips = ['1', '-1', 'abc', '%zz'];
const selects = [',,,', 'x'.repeat(5000), 'id,', '*', '%zz', 'id,id,id', 'isPrivileged', 'principal/id', Array(2000).fill('id').join(','), "'"];
const expands = ['principal(', 'principal($select=id)', 'principal($expand=principal($expand=principal))', 'x', '*', '%zz', ',', 'principal,principal', 'roleDefinition($filter=(((()'];
const orderBys = ['displayName desc desc', '', 'a/b/c', 'displayName,userPrincipalName', 'x'.repeat(3000), '%zz', 'displayName asc, id', '1', 'activityDateTime sideways'];
const searches = ['"', '"displayName:', '""', `"displayName:${'x'.repeat(6000)}"`, '"a" AND', '%zz', 'noquotes', '"displayName:a" OR "x:y" AND "mail:"', `${'"displayName:a" OR '.repeat(200)}"displayName:b"`];
const counts = ['yes', 'TRUE', '', '1', '%zz', 'true', 'false'];
const skipTokens = ['!!!', Buffer.from('{not json').toString('base64url'), Buffer.from('[{"a":1}]').toString('base64url'), 'null', '%zz', Buffer.from('[null,null,null]').toString('base64url'), Buffer.from(JSON.stringify(['x'.repeat(2000)])).toString('base64url'), Buffer.from('"str"').toString('base64url')];

const bodies = [
  '{', '[]', 'null', '"x"', '{"a":', '1', 'true', `${'['.repeat(10000)}${']'.repeat(10000)}`, `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  '{"principalId":5,"roleDefinitionId":{},"directoryScopeId":[]}', `{"roleDefinitionId":"${wellKnownRoles.globalReader}","principalId":"%zz","directoryScopeId":"/"}`,
  `{"roleDefinitionId":"${wellKnownRoles.globalReader}","principalId":"${alex}","directoryScopeId":"/administrativeUnits/%zz"}`,
  `{"roleDefinitionId":"${wellKnownRoles.globalReader}","principalId":"${alex}","directoryScopeId":"/../../x"}`,
  `{"roleDefinitionId":"${wellKnownRoles.userAdministrator}","principalId":"${alex}","directoryScopeId":"/${expensesApp}x"}`,
  '{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/%zz"}', '{"@odata.id":5}', '{"@odata.id":"%"}',
  '{"displayName":null,"mailNickname":{},"securityEnabled":"yes","mailEnabled":1,"groupTypes":"Unified"}',
  `{"displayName":"${'x'.repeat(100000)}","mailNickname":"x","securityEnabled":true,"mailEnabled":false}`,
  '{"displayName":"x","rolePermissions":[{"allowedResourceActions":"notAnArray"}],"isEnabled":"true"}',
  '{"displayName":"x","rolePermissions":[null],"isEnabled":true}', '{"rolePermissions":{"a":1}}',
  '{"roleId":5,"roleMemberInfo":"x"}', `{"roleId":"${wellKnownRoles.helpdeskAdministrator}","roleMemberInfo":{"id":"%zz"}}`,
  `{"displayName":"Deep","description":${'['.repeat(5000)}${']'.repeat(5000)},"rolePermissions":[{"allowedResourceActions":[${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}]}],"isEnabled":true}`,
  `{"displayName":"Deep","mailNickname":"deep","securityEnabled":true,"mailEnabled":false,"description":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
  '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}', '\u0000\u0001', '\uFEFF{}', '{"a":1e999999}', '{"a":"\\ud800"}',
];
const contentTypes = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded', '*/*', 'application/json;;;', '%zz'];
const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function withIds(route: string, id: string): string {
  const real = [alex, helpdeskGroup, seattle];
  let n = 0;
  return route.replace(/\{id\}/g, () => (n++ === 0 ? id : real[n % real.length] ?? alex));
}

function parseOrKeep(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The cases, in a fixed order: the same every run. */
export function fuzzCorpus(seed = 12): FuzzCase[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const cases: FuzzCase[] = [];
  const add = (method: string, path: string, extra: Omit<FuzzCase, 'method' | 'path'> = {}) => cases.push({ method, path: `/v1.0${path}`, ...extra });

  // Bad ids in every route, on every method, with a body where a write takes one.
  for (const route of routes.filter((r) => r.includes('{id}'))) {
    for (const id of badIds) {
      const method = pick(methods);
      add(method, withIds(route, id), method === 'GET' || method === 'DELETE' ? {} : { headers: { 'content-type': 'application/json' }, body: pick(bodies) });
    }
  }
  // Every query option with every odd value, on a collection it makes sense for and on a random one.
  const options: Array<[string, readonly string[]]> = [
    ['$filter', filters], ['$top', tops], ['$skip', skips], ['$select', selects], ['$expand', expands],
    ['$orderby', orderBys], ['$search', searches], ['$count', counts], ['$skiptoken', skipTokens],
  ];
  for (const [name, values] of options) {
    for (const value of values) {
      const encoded = value.includes('%zz') || value === '%' ? value : encodeURIComponent(value);
      for (const route of ['/users', '/roleManagement/directory/roleAssignments', pick(collections)]) {
        add('GET', `${route}?${name}=${encoded}`, { headers: { ConsistencyLevel: 'eventual' } });
      }
      add('GET', `${withIds(pick(routes), alex)}?${name}=${encoded}&$top=${pick(tops)}`);
    }
  }
  // Malformed escapes in the query string itself, and options that repeat.
  for (const query of ['%zz', '%zz=1', '$filter=%', '$top=%', '$filter=%E0%A4%A', '%24filter%3D%zz', '$filter=a&$filter=b', '&&&', '=', '$select', '$top=1&$top=2', `x=${'%41'.repeat(3000)}`]) {
    for (const route of ['/users', '/groups', '/roleManagement/directory/roleDefinitions', `/users/${alex}`, '/me']) add('GET', `${route}?${query}`);
  }
  // Writes with bad JSON and bad content types, on every collection and item.
  for (const route of routes) {
    for (const method of ['POST', 'PATCH', 'PUT']) {
      add(method, withIds(route, alex), { headers: { 'content-type': 'application/json' }, body: pick(bodies) });
      add(method, withIds(route, helpdeskGroup), { headers: { 'content-type': pick(contentTypes) }, body: pick(bodies) });
    }
    add('POST', withIds(route, seattle), { body: pick(bodies) }); // no content type at all
    add('DELETE', withIds(route, pick(badIds)), { headers: { 'content-type': 'application/json' }, body: '{' });
  }
  for (const body of bodies) {
    for (const route of ['/roleManagement/directory/roleAssignments', '/groups', '/roleManagement/directory/roleDefinitions', `/administrativeUnits/${seattle}/scopedRoleMembers`, `/groups/${helpdeskGroup}/members/$ref`]) {
      add('POST', route, { headers: { 'content-type': 'application/json' }, body });
    }
    add('PATCH', `/groups/${helpdeskGroup}`, { headers: { 'content-type': 'application/json' }, body });
  }
  // $batch: bad envelopes and inner requests made from the rest of the corpus.
  for (const body of bodies) add('POST', '/$batch', { headers: { 'content-type': 'application/json' }, body });
  for (const envelope of ['{"requests":5}', '{"requests":[null]}', '{"requests":[{"id":"1"}]}', '{"requests":[{"id":"1","method":"GET","url":5}]}', '{"requests":[{"id":"1","method":"GET","url":"/me","dependsOn":["1"]}]}', '{"requests":[{"id":"1","method":"GET","url":"/me","dependsOn":"2"}]}', '{"requests":[{"id":{},"method":"GET","url":"/me"}]}', '{"requests":[{"id":"1","method":"TRACE","url":"/me"}]}', '{"requests":[{"id":"1","method":"GET","url":"/me","headers":"x"}]}', '{"requests":[{"id":"1","method":"GET","url":"/me","headers":{"a":5}}]}']) {
    add('POST', '/$batch', { headers: { 'content-type': 'application/json' }, body: envelope });
  }
  // An inner body nested deeper than JSON.stringify can recurse: the batch must refuse it, not fail.
  for (const depth of [100, 5000, 100000]) {
    const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    add('POST', '/$batch', { headers: { 'content-type': 'application/json' }, body: `{"requests":[{"id":"1","method":"POST","url":"/groups","headers":{"content-type":"application/json"},"body":${deep}}]}` });
  }
  const innerPool = cases.filter((c) => !c.path.startsWith('/v1.0/$batch'));
  for (let b = 0; b < 25; b += 1) {
    const requests = Array.from({ length: 20 }, (_, i) => {
      const inner = pick(innerPool);
      const bodyValue = inner.body === undefined || inner.body.length > 2000 ? inner.body : parseOrKeep(inner.body);
      return { id: String(i), method: inner.method, url: inner.path.slice('/v1.0'.length), headers: inner.headers, body: bodyValue, ...(i > 0 && random() < 0.2 ? { dependsOn: [String(i - 1)] } : {}) };
    });
    add('POST', '/$batch', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ requests }) });
  }
  // Paths that are not ids: odd segments, encodings and spellings.
  for (const path of ['/%zz', '/%', '/users/%zz/memberOf', '/users%zz', '/%7e', '//users', '/users//', `/${'a/'.repeat(2000)}`, '/users/' + '%2e%2e/'.repeat(10), '/$batch/%zz', '/%24metadata', '/users?', '/users#x', '/users/%u0041']) {
    for (const method of methods) add(method, path);
  }
  // The sign-in half and the control endpoints get the same bad escapes.
  const tenant = 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
  for (const raw of [`/${tenant}/oauth2/v2.0/authorize?%zz`, `/${tenant}/oauth2/v2.0/authorize?client_id=%zz&redirect_uri=%`, '/%zz/oauth2/v2.0/token', `/${tenant}/v2.0/.well-known/openid-configuration?%zz`, `/${'%zz'}/discovery/v2.0/keys`, '/_emulator/%zz', '/_emulator/health?%zz', '/%zz', '/%']) {
    cases.push({ method: 'GET', path: raw });
  }
  for (const body of ['grant_type=%zz', 'grant_type=client_credentials&client_id=%zz&client_secret=%', '%', '{', 'x'.repeat(100000)]) {
    cases.push({ method: 'POST', path: `/${tenant}/oauth2/v2.0/token`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    cases.push({ method: 'POST', path: `/${tenant}/oauth2/v2.0/authorize`, headers: { 'content-type': pick(contentTypes) }, body });
  }
  return cases;
}
