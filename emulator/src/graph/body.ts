import type { Context } from 'hono';
import { badRequest } from './errors';

/** The JSON body of a write; Graph's own words when it is missing or not JSON. */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
  }
  return body as Record<string, unknown>;
}

export const invalidPropertyValue = (property: string, resource: string) =>
  badRequest(`Invalid value specified for property '${property}' of resource '${resource}'.`);

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
