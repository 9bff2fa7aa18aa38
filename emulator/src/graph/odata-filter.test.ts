import { describe, expect, it } from 'vitest';
import { GraphError } from './errors';
import { maxFilterDepth, maxFilterLength, maxFilterNodes, parseFilter } from './odata-filter';

describe('parseFilter', () => {
  it('parses eq with a string literal and unescapes doubled quotes', () => {
    expect(parseFilter("displayName eq 'Shannon O''Brien'")).toEqual({
      kind: 'compare',
      operator: 'eq',
      property: 'displayName',
      value: { type: 'string', value: "Shannon O'Brien" },
    });
  });

  it('parses in, and, or, not and parentheses with the usual precedence', () => {
    const parsed = parseFilter("principalId in ('a', 'b') and (roleDefinitionId eq 'x' or not directoryScopeId eq '/')");
    expect(parsed.kind).toBe('and');
    if (parsed.kind !== 'and') return;
    expect(parsed.left).toMatchObject({ kind: 'in', property: 'principalId', values: [{ value: 'a' }, { value: 'b' }] });
    expect(parsed.right).toMatchObject({ kind: 'or', right: { kind: 'not', operand: { kind: 'compare', property: 'directoryScopeId' } } });
  });

  it('parses startswith, booleans, null, GUIDs, numbers and datetimes', () => {
    expect(parseFilter("startswith(displayName,'Meg')")).toMatchObject({ kind: 'function', name: 'startswith', property: 'displayName' });
    expect(parseFilter('isAssignableToRole eq true')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseFilter('mail eq null')).toMatchObject({ value: { type: 'null' } });
    expect(parseFilter('id eq 62E90394-69F5-4237-9190-012177145E10')).toMatchObject({ value: { type: 'guid', value: '62e90394-69f5-4237-9190-012177145e10' } });
    expect(parseFilter('activityDateTime ge 2024-01-01T00:00:00Z')).toMatchObject({ operator: 'ge', value: { type: 'datetime' } });
    expect(parseFilter('version eq 1')).toMatchObject({ value: { type: 'number', value: 1 } });
  });

  it('parses a lambda over a collection and a property path', () => {
    expect(parseFilter("groupTypes/any(c:c eq 'Unified')")).toMatchObject({ kind: 'any', property: 'groupTypes', variable: 'c' });
    expect(parseFilter("initiatedBy/user/id eq '1'")).toMatchObject({ property: 'initiatedBy/user/id' });
  });

  it.each([
    ['', 'empty'],
    ['displayName eq', 'missing literal'],
    ["displayName eq 'open", 'unterminated string'],
    ["displayName equals 'x'", 'unknown operator'],
    ["displayName eq 'x' and", 'dangling and'],
    ["(displayName eq 'x'", 'missing parenthesis'],
    ["displayName eq 'x')", 'extra parenthesis'],
    ["displayName eq 'x' 'y'", 'trailing literal'],
    ["startswith(displayName 'x')", 'missing comma'],
    ["groupTypes/all(c:c eq 'x')", 'all is unsupported'],
    ['displayName eq $x', 'stray character'],
    ["displayName in 'x'", 'in without a list'],
  ])('refuses %j (%s) with a 400 BadRequest', (text) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(400);
    expect((error as GraphError).message).toMatch(/^Invalid filter clause/);
  });

  describe('stays bounded', () => {
    const refusal = (text: string) => {
      try {
        parseFilter(text);
      } catch (e) {
        return e as GraphError;
      }
      return null;
    };
    const nested = (depth: number) => `${'('.repeat(depth)}displayName eq 'x'${')'.repeat(depth)}`;
    const terms = (n: number) => Array.from({ length: n }, () => "displayName eq 'x'").join(' or ');

    it('accepts nesting up to the depth limit and refuses one more', () => {
      expect(refusal(nested(maxFilterDepth))).toBeNull();
      expect(refusal(`${'not '.repeat(maxFilterDepth)}displayName eq 'x'`)).toBeNull();
      expect(refusal(nested(maxFilterDepth + 1))?.message).toMatch(/^Invalid filter clause: The recursion depth limit of 32 has been exceeded/);
      expect(refusal(`${'not '.repeat(500)}displayName eq 'x'`)?.status).toBe(400);
      expect(refusal(nested(3000))?.status).toBe(400);
    });

    it('accepts up to 100 nodes (comparisons and in values) and refuses more', () => {
      expect(refusal(terms(maxFilterNodes))).toBeNull();
      expect(refusal(terms(maxFilterNodes + 1))?.message).toMatch(/node count limit of '100' has been exceeded/);
      expect(refusal(`id in (${Array.from({ length: maxFilterNodes + 1 }, () => "'x'").join(',')})`)?.status).toBe(400);
    });

    it('refuses a filter longer than the length limit, quoting only its start', () => {
      const error = refusal(`displayName eq '${'x'.repeat(maxFilterLength)}'`);
      expect(error?.message).toMatch(/^Invalid filter clause: The filter is longer than 4096 characters/);
      expect(error?.message.length).toBeLessThan(500);
    });
  });
});
