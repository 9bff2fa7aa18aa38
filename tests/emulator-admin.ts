// The emulator's test-only endpoints (/_emulator/…, loopback only, no token): fault settings, the request log
// and reseeding. See emulator/CONTRACT.md.

export type FaultSettings = {
  latencyMs?: number | [number, number];
  rate429?: number;
  retryAfterSeconds?: number;
  rate500?: number;
  rate503?: number;
  rateLimit?: { requests: number; windowSeconds: number };
  replicationDelayMs?: number;
  /** Regular expression on the path after /v1.0. */
  paths?: string;
};

export type LoggedRequest = { method: string; path: string; status: number; [key: string]: unknown };

export function emulatorAdmin(origin: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} /_emulator/${path} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  return {
    setFaults: (settings: FaultSettings) => call('PUT', 'faults', settings),
    clearFaults: () => call('PUT', 'faults', {}),
    reset: () => call('POST', 'reset'),
    clearRequests: () => call('DELETE', 'requests'),
    async requests(): Promise<LoggedRequest[]> {
      const body = (await call('GET', 'requests')) as LoggedRequest[] | { requests: LoggedRequest[] } | { value: LoggedRequest[] };
      if (Array.isArray(body)) return body;
      return 'requests' in body ? body.requests : body.value;
    },
  };
}
