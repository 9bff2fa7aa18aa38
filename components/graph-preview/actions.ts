'use server';

import { env } from '@/lib/env';

/**
 * The Graph base URL this portal sends requests to, for "View Graph request". The configured one rather than
 * graph.microsoft.com: the preview promises "what it shows is what the action then sends", and against the
 * emulator (or a national cloud) that is another host. Not a secret: it is in the README and .env.example.
 */
export async function graphRequestBaseUrl(): Promise<string> {
  return env().graphBaseUrl;
}
