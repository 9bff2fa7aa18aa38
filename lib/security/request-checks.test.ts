import { describe, expect, it } from 'vitest';
import { decodesCleanly, refusals, refuseRequest, type RequestFacts } from './request-checks';

const ownOrigin = 'http://localhost:3000';

function facts(method: string, pathname: string, headers: Record<string, string> = {}): RequestFacts {
  return { method, pathname, headers: new Headers(headers), ownOrigin };
}

describe('decodesCleanly', () => {
  it.each(['/roles', '/roles/62e90394-69f5-4237-9190-012177145e10', '/users/Patti%20Fernandez', '/groups/%C3%A9', '/'])(
    'accepts %s', (path) => expect(decodesCleanly(path)).toBe(true));

  it.each(['/roles/%zz', '/users/%E0%80%80', '/admin-units/%', '/roles/%C3', '/a/%ED%A0%80'])(
    'refuses %s', (path) => expect(decodesCleanly(path)).toBe(false));
});

describe('refuseRequest', () => {
  it('lets through reads and the portal\'s own writes', () => {
    expect(refuseRequest(facts('GET', '/roles'))).toBeNull();
    expect(refuseRequest(facts('GET', '/roles', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))).toBeNull();
    expect(refuseRequest(facts('POST', '/api/session', { origin: ownOrigin, 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(refuseRequest(facts('POST', '/roles/x', { origin: ownOrigin, 'next-action': 'abc123' }))).toBeNull();
    expect(refuseRequest(facts('DELETE', '/api/session', { origin: ownOrigin }))).toBeNull();
  });

  it('lets through a script\'s write without an Origin to the route\'s own checks', () => {
    expect(refuseRequest(facts('POST', '/api/session', { 'content-type': 'application/json' }))).toBeNull();
  });

  it('refuses an undecodable address before anything else', () => {
    expect(refuseRequest(facts('GET', '/roles/%zz'))).toBe(refusals.invalidAddress);
    expect(refuseRequest(facts('POST', '/users/%E0%80%80', { origin: 'https://evil.example' }))).toBe(refusals.invalidAddress);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses a cross-site %s', (method) => {
    expect(refuseRequest(facts(method, '/api/session', { origin: 'https://evil.example' }))).toBe(refusals.crossSite);
    expect(refuseRequest(facts(method, '/roles/x', { origin: 'https://evil.example', 'next-action': 'abc123' }))).toBe(refusals.crossSite);
  });

  it('counts another port, another scheme and a null origin as another site', () => {
    for (const origin of ['http://localhost:4000', 'https://localhost:3000', 'null']) {
      expect(refuseRequest(facts('POST', '/api/session', { origin }))).toBe(refusals.crossSite);
    }
  });

  it('believes the browser when it says a write is cross-site', () => {
    expect(refuseRequest(facts('POST', '/api/session', { 'sec-fetch-site': 'cross-site' }))).toBe(refusals.crossSite);
  });

  it('refuses a post to a page that is not a server action', () => {
    const refusal = refuseRequest(facts('POST', '/roles', { origin: ownOrigin, 'content-type': 'application/x-www-form-urlencoded' }));
    expect(refusal).toBe(refusals.formPost);
    expect(refusal?.status).toBe(405);
    expect(refusal?.headers).toEqual({ Allow: 'GET, HEAD' });
  });
});
