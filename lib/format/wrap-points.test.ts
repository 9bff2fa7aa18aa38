import { describe, expect, it } from 'vitest';
import { wrapSegments } from './wrap-points';

describe('wrapSegments', () => {
  it.each([
    ['Diego Siciliani', ['Diego Siciliani']],
    ['DiegoS@contoso.onmicrosoft.com', ['DiegoS', '@contoso.', 'onmicrosoft.', 'com']],
    ['Contoso_Helpdesk_Administrators', ['Contoso_', 'Helpdesk_', 'Administrators']],
    ['/administrativeUnits/1234', ['/', 'administrativeUnits/', '1234']],
    ['J. Smith', ['J. Smith']],
    ['__init__', ['__', 'init__']],
    ['', ['']],
  ])('splits %j into %j', (text, pieces) => {
    expect(wrapSegments(text)).toEqual(pieces);
    expect(wrapSegments(text).join('')).toBe(text);
  });
});
