import { GraphError } from './errors';

/**
 * A parser for the subset of OData `$filter` that Microsoft Graph's directory APIs accept:
 * eq/ne/gt/ge/lt/le, in, startswith/endswith, and/or/not, parentheses and `collection/any(x: x eq 'v')`.
 * Anything else is a 400, never a guess: the parser fails closed.
 */
export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string }
  | { type: 'guid'; value: string };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpression =
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; operator: ComparisonOperator; property: string; value: Literal }
  | { kind: 'in'; property: string; values: Literal[] }
  | { kind: 'function'; name: 'startswith' | 'endswith'; property: string; value: Literal }
  | { kind: 'any'; property: string; variable: string; predicate: FilterExpression };

type Token =
  | { kind: 'identifier'; text: string; position: number }
  | { kind: 'literal'; value: Literal; position: number }
  | { kind: 'punctuation'; text: '(' | ')' | ',' | ':'; position: number }
  | { kind: 'end'; position: number };

const comparisonOperators = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}))?/;

// Bounds that keep one request's work small and the parser's recursion shallow (a hostile $filter of 3,000
// parentheses or 500 `not`s must be a 400, not a stack overflow here or in PostgreSQL). OData's own validator
// refuses past a node count of 100 by default (ODataValidationSettings.MaxNodeCount); the portal sends at most 15
// `in` values per clause.
export const maxFilterLength = 4096;
export const maxFilterDepth = 32;
export const maxFilterNodes = 100;

export function invalidFilter(text: string, position: number, detail = 'Syntax error'): GraphError {
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return new GraphError(400, 'BadRequest', `Invalid filter clause: ${detail} at position ${position} in '${shown}'.`);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const position = i;
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':') {
      tokens.push({ kind: 'punctuation', text: ch, position });
      i += 1;
      continue;
    }
    if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw invalidFilter(text, position, 'Unterminated string literal');
        const c = text[i] as string;
        if (c === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += c;
        i += 1;
      }
      tokens.push({ kind: 'literal', value: { type: 'string', value }, position });
      continue;
    }
    const rest = text.slice(i);
    const guid = guidPattern.exec(rest);
    if (guid && !/[\w-]/.test(rest[guid[0].length] ?? '')) {
      tokens.push({ kind: 'literal', value: { type: 'guid', value: guid[0].toLowerCase() }, position });
      i += guid[0].length;
      continue;
    }
    const dateTime = dateTimePattern.exec(rest);
    if (dateTime && !/[\w:.-]/.test(rest[dateTime[0].length] ?? '')) {
      if (Number.isNaN(Date.parse(dateTime[0]))) throw invalidFilter(text, position, 'Invalid DateTimeOffset literal');
      tokens.push({ kind: 'literal', value: { type: 'datetime', value: dateTime[0] }, position });
      i += dateTime[0].length;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(rest);
    if (number && !/[A-Za-z_]/.test(rest[number[0].length] ?? '')) {
      tokens.push({ kind: 'literal', value: { type: 'number', value: Number(number[0]) }, position });
      i += number[0].length;
      continue;
    }
    const identifier = /^[A-Za-z_@][A-Za-z0-9_.@]*(\/[A-Za-z_][A-Za-z0-9_.]*)*/.exec(rest);
    if (identifier) {
      const word = identifier[0];
      if (word === 'true' || word === 'false') tokens.push({ kind: 'literal', value: { type: 'boolean', value: word === 'true' }, position });
      else if (word === 'null') tokens.push({ kind: 'literal', value: { type: 'null' }, position });
      else tokens.push({ kind: 'identifier', text: word, position });
      i += word.length;
      continue;
    }
    throw invalidFilter(text, position);
  }
  tokens.push({ kind: 'end', position: text.length });
  return tokens;
}

/** Parses a `$filter` value; throws a 400 GraphError for anything it does not understand. */
export function parseFilter(text: string): FilterExpression {
  if (text.trim() === '') throw invalidFilter(text, 0, 'Empty filter');
  if (text.length > maxFilterLength) throw invalidFilter(text, maxFilterLength, `The filter is longer than ${maxFilterLength} characters`);
  const tokens = tokenize(text);
  let index = 0;
  // Nesting (parentheses, not, any) and nodes (comparisons, in values) counted as they are parsed.
  let depth = 0;
  let nodes = 0;
  const enter = (position: number) => {
    depth += 1;
    if (depth > maxFilterDepth) throw invalidFilter(text, position, `The recursion depth limit of ${maxFilterDepth} has been exceeded`);
  };
  const countNodes = (n: number, position: number) => {
    nodes += n;
    if (nodes > maxFilterNodes) throw invalidFilter(text, position, `The node count limit of '${maxFilterNodes}' has been exceeded`);
  };
  const peek = () => tokens[index] as Token;
  const next = () => tokens[index++] as Token;
  const isWord = (token: Token, word: string) => token.kind === 'identifier' && token.text.toLowerCase() === word;
  const expectPunctuation = (p: '(' | ')' | ',' | ':') => {
    const token = next();
    if (token.kind !== 'punctuation' || token.text !== p) throw invalidFilter(text, token.position, `Expected '${p}'`);
  };
  const expectLiteral = (): Literal => {
    const token = next();
    if (token.kind !== 'literal') throw invalidFilter(text, token.position, 'Expected a literal');
    return token.value;
  };

  function parseOr(scope: string | null): FilterExpression {
    let left = parseAnd(scope);
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: parseAnd(scope) };
    }
    return left;
  }
  function parseAnd(scope: string | null): FilterExpression {
    let left = parseUnary(scope);
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: parseUnary(scope) };
    }
    return left;
  }
  function parseUnary(scope: string | null): FilterExpression {
    if (isWord(peek(), 'not')) {
      enter(next().position);
      const operand = parseUnary(scope);
      depth -= 1;
      return { kind: 'not', operand };
    }
    return parsePrimary(scope);
  }
  function parsePrimary(scope: string | null): FilterExpression {
    const token = next();
    if (token.kind === 'punctuation' && token.text === '(') {
      enter(token.position);
      const inner = parseOr(scope);
      expectPunctuation(')');
      depth -= 1;
      return inner;
    }
    countNodes(1, token.position);
    if (token.kind !== 'identifier') throw invalidFilter(text, token.position);
    const lower = token.text.toLowerCase();
    if ((lower === 'startswith' || lower === 'endswith') && peek().kind === 'punctuation') {
      expectPunctuation('(');
      const property = next();
      if (property.kind !== 'identifier') throw invalidFilter(text, property.position, 'Expected a property');
      expectPunctuation(',');
      const value = expectLiteral();
      expectPunctuation(')');
      return { kind: 'function', name: lower, property: property.text, value };
    }
    const lambda = /^(.*)\/(any|all)$/i.exec(token.text);
    if (lambda) {
      if ((lambda[2] as string).toLowerCase() !== 'any') throw invalidFilter(text, token.position, "Only 'any' is supported");
      expectPunctuation('(');
      const variable = next();
      if (variable.kind !== 'identifier') throw invalidFilter(text, variable.position, 'Expected a range variable');
      expectPunctuation(':');
      enter(token.position);
      const predicate = parseOr(variable.text);
      depth -= 1;
      expectPunctuation(')');
      return { kind: 'any', property: lambda[1] as string, variable: variable.text, predicate };
    }
    if (scope === null && token.text === '$it') throw invalidFilter(text, token.position);
    const operator = next();
    if (operator.kind !== 'identifier') throw invalidFilter(text, operator.position, 'Expected an operator');
    const op = operator.text.toLowerCase();
    if (op === 'in') {
      expectPunctuation('(');
      const values = [expectLiteral()];
      while (peek().kind === 'punctuation' && (peek() as { text: string }).text === ',') {
        countNodes(1, next().position);
        values.push(expectLiteral());
      }
      expectPunctuation(')');
      return { kind: 'in', property: token.text, values };
    }
    if (!comparisonOperators.has(op)) throw invalidFilter(text, operator.position, `Unknown operator '${operator.text}'`);
    return { kind: 'compare', operator: op as ComparisonOperator, property: token.text, value: expectLiteral() };
  }

  const expression = parseOr(null);
  const end = peek();
  if (end.kind !== 'end') throw invalidFilter(text, end.position);
  return expression;
}
