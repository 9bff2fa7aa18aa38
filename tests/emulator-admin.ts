// The emulator's control endpoints (/_emulator/…): fault settings, the request log and reseeding. They answer only
// a caller that sends the emulator's control token in x-emulator-control-token (see emulator/CONTRACT.md); the
// global setup provides it as `emulatorControlToken`.

import type { FaultSettings } from '../emulator/src/faults';
import type { LoggedRequest } from '../emulator/src/request-log';

export type { FaultSettings, LoggedRequest };

export function emulatorAdmin(origin: string, controlToken: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}/_emulator/${path}`, {
      method,
      headers: { 'x-emulator-control-token': controlToken, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
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
    requests: async () => (await call('GET', 'requests')) as LoggedRequest[],
  };
}
