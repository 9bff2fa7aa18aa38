import { describe, expect, it } from 'vitest';
import { InvalidIdError } from './errors';
import {
  assertDirectoryScopeId,
  assertGuid,
  anyOf,
  chunk,
  inChunks,
  MAX_IN_VALUES,
  encodeQueryValue,
  escapeODataString,
  inList,
  isGuid,
  odataStringLiteral,
  searchAny,
  withQuery,
} from './odata';

describe('OData literals', () => {
  it.each([
    ["Shannon O'Brien", "Shannon O''Brien"],
    ["x' or 1 eq 1", "x'' or 1 eq 1"],
    ["''", "''''"],
    ['plain', 'plain'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeODataString(input)).toBe(expected);
  });

  it('wraps a literal in quotes after escaping', () => {
    expect(odataStringLiteral("O'Brien")).toBe("'O''Brien'");
  });

  it('percent-encodes values, quotes and parentheses included', () => {
    expect(encodeQueryValue("principalId in ('a','b')")).toBe('principalId%20in%20%28%27a%27%2C%27b%27%29');
    expect(withQuery('/users', { $filter: "displayName eq 'O''Brien'", $top: 5, $count: undefined })).toBe(
      '/users?$filter=displayName%20eq%20%27O%27%27Brien%27&$top=5',
    );
  });

  it('keeps an injection attempt inside one literal', () => {
    const filter = inList('principalId', ["x' or 1 eq 1"]);
    expect(filter).toBe("principalId in ('x'' or 1 eq 1')");
  });

  it('drops double quotes and backslashes from $search terms, which have no escape there', () => {
    expect(searchAny(['displayName', 'userPrincipalName'], ' say "hi"\\ ')).toBe('"displayName:say hi" OR "userPrincipalName:say hi"');
    expect(searchAny(['displayName'], "O'Brien")).toBe(`"displayName:O'Brien"`);
    expect(searchAny(['displayName'], ' " ')).toBeUndefined();
  });
});

describe('ids', () => {
  it.each([
    ['62e90394-69f5-4237-9190-012177145e10', true],
    ['62E90394-69F5-4237-9190-012177145E10', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['62e90394-69f5-4237-9190-012177145e1', false],
    ["62e90394-69f5-4237-9190-012177145e10' or 1 eq 1", false],
    ['../users', false],
    ['', false],
    [42, false],
  ])('isGuid(%j) is %s', (value, expected) => {
    expect(isGuid(value)).toBe(expected);
  });

  it('throws InvalidIdError naming the kind of id', () => {
    expect(() => assertGuid('nope', 'role definition')).toThrow(InvalidIdError);
    expect(() => assertGuid('nope', 'role definition')).toThrow(/role definition/);
  });

  it.each(['/', '/administrativeUnits/3b1e4c8d-9f6a-4e2b-8c4d-5e6f7a8b9c0d', '/3b1e4c8d-9f6a-4e2b-8c4d-5e6f7a8b9c0d'])(
    'accepts the directory scope %s',
    (scope) => expect(assertDirectoryScopeId(scope)).toBe(scope),
  );

  it.each(['', '/users', '/administrativeUnits/', "/' or 1 eq 1", '//', '/administrativeUnits/x'])(
    'refuses the directory scope %j',
    (scope) => expect(() => assertDirectoryScopeId(scope)).toThrow(InvalidIdError),
  );
});

describe('chunk', () => {
  it('splits 45 into 20, 20, 5', () => {
    expect(chunk(Array.from({ length: 45 }, (_, i) => i), 20).map((c) => c.length)).toEqual([20, 20, 5]);
  });
});

describe('in lists', () => {
  it('splits values into lists of at most 15, the most one `in (…)` carries', () => {
    expect(MAX_IN_VALUES).toBe(15);
    expect(inChunks(Array.from({ length: 31 }, (_, i) => i)).map((c) => c.length)).toEqual([15, 15, 1]);
    expect(inChunks(Array.from({ length: 15 }, (_, i) => i))).toHaveLength(1);
    expect(inChunks([])).toEqual([]);
  });

  it('writes one value as eq and more as in', () => {
    expect(anyOf('id', ['a'])).toBe("id eq 'a'");
    expect(anyOf('id', ['a', 'b'])).toBe("id in ('a','b')");
  });
});
