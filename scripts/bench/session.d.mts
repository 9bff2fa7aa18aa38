// Types for session.mjs (the bench is plain JavaScript run by node; its test is TypeScript).
export function appToken(emulatorOrigin: string): Promise<string>;
export function userToken(emulatorOrigin: string, portalOrigin: string, upn: string): Promise<{ token: string; via: string }>;
export function portalSession(portalOrigin: string, accessToken: string): Promise<string>;
export function graphGet(emulatorOrigin: string, token: string, pathAndQuery: string): Promise<unknown>;
export function graphGetAll(emulatorOrigin: string, token: string, pathAndQuery: string): Promise<unknown[]>;
export function graphBatch(emulatorOrigin: string, token: string, requests: unknown[]): Promise<unknown[]>;
