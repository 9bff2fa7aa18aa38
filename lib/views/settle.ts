/** A read that may fail without failing the page: its value, or the error to report. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export const settle = <T,>(read: Promise<T>): Promise<Settled<T>> =>
  read.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
