// The emulator's control endpoints (/_emulator/…: faults, the request log, reseeding) as the scripts use them.
// The emulator answers them only with its control token: the scripts start it with this one (EMULATOR_CONTROL_TOKEN)
// and send it in x-emulator-control-token. GET /_emulator/health, the readiness probe, needs none.
import { randomBytes } from 'node:crypto';

export const controlToken = process.env.EMULATOR_CONTROL_TOKEN || randomBytes(18).toString('base64url');

/** The environment to start the emulator with, so that it accepts `controlToken`. */
export const controlTokenEnv = { EMULATOR_CONTROL_TOKEN: controlToken };

/** Calls `/_emulator/{path}` on the emulator at `origin`; throws with the answer when it is not 2xx. */
export async function emulatorControl(origin, method, path, body) {
  const response = await fetch(`${origin}/_emulator/${path}`, {
    method,
    headers: { 'x-emulator-control-token': controlToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_emulator/${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}
