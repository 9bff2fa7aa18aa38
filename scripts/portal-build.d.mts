// Types for portal-build.mjs (the scripts are plain JavaScript; its test is TypeScript).
export function buildIsNeeded(dir?: string): string | null;
export function hasBuild(dir?: string): boolean;
export function builtAt(dir?: string): Date | null;
