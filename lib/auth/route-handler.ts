import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { GraphError, toUserMessage, userMessages, type GraphClient } from '@/lib/graph/server';
import { attachmentDisposition } from '@/lib/roles/assignments-csv-file';
import { graphForSignedInAdmin } from './session';

// The portal's route handlers (app/api/**) answer the browser's own fetches with JSON or a file. The proxy leaves
// /api alone, so each checks the session here: a missing one is a 401 the caller can explain, never a redirect to
// an HTML sign-in page. Answers are the admin's own view of the directory: never cached.

const noStore = { 'Cache-Control': 'no-store' };

/** JSON the browser reads once: never cached. */
export function jsonAnswer(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: noStore });
}

/** `{ error, requestId? }` with a status: the shape every route's failure has. */
export function failure(status: number, message: string, requestId?: string): NextResponse {
  return NextResponse.json({ error: message, ...(requestId ? { requestId } : {}) }, { status, headers: noStore });
}

/** A refused query string: 400 with its first problem. */
export function invalidQuery(error: z.ZodError, fallback: string): NextResponse {
  return failure(400, error.issues[0]?.message ?? fallback);
}

/** A CSV download: UTF-8, an attachment with the given file name, never sniffed as anything else. */
export function csvAttachment(csv: string, fileName: string): NextResponse {
  return new NextResponse(csv, {
    headers: {
      ...noStore,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(fileName),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export type GraphFailureOptions = {
  /** Logged with the error when Graph fails outright (502): e.g. "Download assignments failed". */
  logAs?: string;
  /** Graph statuses passed on as they are; any other failure is a 502. */
  passOn?: readonly number[];
  /** The sentence for a 403, when the route's own words say better than Graph's which role is needed. */
  forbidden?: string;
};

/** A Graph failure as the route's answer: Graph's status where the browser can act on it, else 502. */
export function graphFailure(error: unknown, { logAs, passOn = [401, 403, 429], forbidden }: GraphFailureOptions = {}): NextResponse {
  if (forbidden !== undefined && error instanceof GraphError && error.status === 403) return failure(403, forbidden);
  const { message, requestId } = toUserMessage(error);
  const status = error instanceof GraphError && passOn.includes(error.status) ? error.status : 502;
  if (status === 502 && logAs) console.error(logAs, error);
  return failure(status, message, requestId);
}

/** Runs `run` with the signed-in admin's Graph client: 401 without a session, a Graph failure as `graphFailure`. */
export async function withRouteGraph(run: (graph: GraphClient) => Promise<Response>, options: GraphFailureOptions = {}): Promise<Response> {
  const graph = await graphForSignedInAdmin();
  if (!graph) return failure(401, userMessages.signInExpired);
  try {
    return await run(graph);
  } catch (error) {
    return graphFailure(error, options);
  }
}
