import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsNeeded } from './portal-build.mjs';

// `npm run demo` starts in seconds when nothing changed: it reuses a build newer than every source (issue #13).
describe('buildIsNeeded', () => {
  let dir = '';
  const at = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x');
    utimesSync(path.join(dir, file), seconds, seconds);
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for a build when there is none', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
    at('app/page.tsx', 1_000);
    expect(buildIsNeeded(dir)).toBe('there is no production build');
  });

  it('reuses a build newer than every source', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
    at('app/page.tsx', 1_000);
    at('public/robots.txt', 1_000);
    at('.next/BUILD_ID', 2_000);
    expect(buildIsNeeded(dir)).toBeNull();
  });

  it('names the source that changed after the build, down in a folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
    at('.next/BUILD_ID', 2_000);
    at('components/roles/deep/table.tsx', 3_000);
    expect(buildIsNeeded(dir)).toBe('components changed since the last build');
  });
});
