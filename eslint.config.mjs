import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const emulatorImports = { group: ['**/emulator/**', '@/emulator/**'], message: 'The portal must not import the emulator.' };

// Graph is spoken only in lib/graph: elsewhere code calls its named reads and writes (listRoleAssignments,
// getGroup, ...), never the pieces that build a request. The emulator, tests, e2e specs and scripts talk to Graph
// as clients of their own and are not covered.
const graphOnly = 'Graph requests live in lib/graph: add or use a named read or write there (one module per resource).';
const graphRequestPieces = [
  // lib/graph/odata.ts: URLs and $filter text
  'withQuery', 'segment', 'encodeQueryValue', 'eq', 'and', 'or', 'anyOf', 'inList', 'inChunks', 'MAX_IN_VALUES',
  'compareDate', 'searchAny', 'searchClause', 'odataStringLiteral', 'escapeODataString',
  // lib/graph/schemas.ts: the envelopes of a page and a $batch
  'collectionPageSchema', 'batchResponseSchema',
  // lib/graph/request-plans.ts: the collection path
  'ROLE_ASSIGNMENTS_PATH',
];
const graphModules = ['@/lib/graph/*', '**/lib/graph/*', '../graph/*', './graph/*'];
// The client's own parts: transport, paging, $batch and the batched-list helpers.
const graphInternals = ['transport', 'batch', 'paging', 'batched-lists', 'display-names']
  .flatMap((name) => [`@/lib/graph/${name}`, `**/lib/graph/${name}`, `../graph/${name}`]);
// (esquery ends a regex at any "/", escaped or not, hence \x2F.)
// Graph's own path words, which no portal route uses: /roleManagement/..., /directory/administrativeUnits/...,
// /servicePrincipals, /applications, /auditLogs, /directoryObjects, /me, /$batch; memberOf and $ref below an object
// (not members: a group's Members blade is a portal route too); and any query option ($filter=, $select=, ...).
// Portal routes (/roles, /admin-units, /users/{id}, /groups/{id}/members) don't match.
const graphPath = String.raw`/^\x2F(roleManagement|directory|directoryObjects|administrativeUnits|servicePrincipals|applications|auditLogs|me|\$batch)(\x2F|\?|$)|^\x2F(memberOf|transitiveMemberOf|scopedRoleMembers|\$ref)(\x2F|\?|$)|[?&]\$(filter|select|expand|top|count|search|orderby|skiptoken)=/`;
const graphClientMethods = '/^(get|find|list|listFrom|post|postNoContent|delete|batch)$/';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**',
      'guides-output/**', '.emulator-data/**'],
  },
  {
    // The portal never imports the emulator: it must not know it is talking to one.
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [emulatorImports] }],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/graph/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        emulatorImports,
        { group: graphModules, importNames: graphRequestPieces, message: graphOnly },
        { group: graphInternals, message: graphOnly },
      ] }],
      'no-restricted-syntax': ['error',
        { selector: `Literal[value=${graphPath}]`, message: `${graphOnly} (a Graph path or query)` },
        { selector: `TemplateElement[value.raw=${graphPath}]`, message: `${graphOnly} (a Graph path or query)` },
        {
          selector: `CallExpression[callee.object.name=/^graph$/i][callee.property.name=${graphClientMethods}]`,
          message: `${graphOnly} (a call of the Graph client)`,
        },
        {
          selector: `CallExpression[callee.object.property.name=/^graph$/i][callee.property.name=${graphClientMethods}]`,
          message: `${graphOnly} (a call of the Graph client)`,
        },
      ],
    },
  },
  {
    // The one home of the directoryScopeId format ("/administrativeUnits/{id}"): a value Graph defines, built here.
    files: ['lib/roles/scope-kinds.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The emulator is an independent reading of Graph's contract: it imports nothing from the portal.
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/*', '**/lib/**', '**/components/**', '**/app/**'], message: 'The emulator imports nothing from the portal.' },
      ] }],
    },
  },
];

export default config;
