import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials-avatar';

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Patti Fernandez')).toBe('PF');
    expect(initialsOf('Lee Gu Wen')).toBe('LW');
    expect(initialsOf('megan')).toBe('M');
  });

  it('leaves out what is in brackets and words that do not start with a letter', () => {
    expect(initialsOf('Adele Vance (Contractor)')).toBe('AV');
    expect(initialsOf('Ops 24/7 Team')).toBe('OT');
    expect(initialsOf('')).toBe('');
  });
});
