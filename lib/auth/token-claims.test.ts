import { describe, expect, it } from 'vitest';
import { isExpired, readTokenClaims } from './token-claims';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`;
const claims = { oid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', tid: 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f', exp: 2_000 };

describe('readTokenClaims', () => {
  it('reads the claims of a JWT', () => {
    expect(readTokenClaims(jwt({ ...claims, name: 'Patti Fernandez' }))).toMatchObject({ name: 'Patti Fernandez', exp: 2000 });
  });

  it.each([['not-a-token'], ['a.b'], [`x.${encode({ oid: 'nope', tid: 'nope', exp: 1 })}.y`], ['a.!!!.c']])(
    'returns null for %s',
    (token) => {
      expect(readTokenClaims(token)).toBeNull();
    },
  );
});

describe('isExpired', () => {
  it('treats a token that expires within the skew as expired', () => {
    expect(isExpired({ ...claims, exp: 1_000 }, 980)).toBe(true);
    expect(isExpired({ ...claims, exp: 1_000 }, 900)).toBe(false);
  });
});
