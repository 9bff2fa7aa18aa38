import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { accountsFromStore } from './accounts';
import { createApp } from './app';
import { resolveControlToken } from './control';
import { ConfigError, isLoopbackHost, optionsFromEnv, type EmulatorOptions } from './config';
import { FaultInjector } from './faults';
import type { GraphEnv } from './graph/context';
import { createIdentity, type Identity } from './identity';
import { RequestLog } from './request-log';
import { automationServicePrincipalId } from './seed/contoso';
import { Store } from './store/store';
import { ensureCertificate } from './tls';

export type RunningEmulator = {
  /** Plain-http origin, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** https origin (self-signed), or null when EMULATOR_HTTPS_PORT=0. */
  httpsUrl: string | null;
  /** PEM of the https certificate, for clients that should trust it (tests pass it to an https.Agent). */
  certificate: string | null;
  certificatePath: string | null;
  tenantId: string;
  identity: Identity;
  store: Store;
  faults: FaultInjector;
  /** The secret /_emulator/* requires in the `x-emulator-control-token` header (control.ts). */
  controlToken: string;
  /** `<dataDir>/control-token` when the token was generated at start; null when it was configured. */
  controlTokenPath: string | null;
  stop(): Promise<void>;
};

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the emulator: opens (or seeds) the database, listens on http and https, then wires the identity half
 * and the Graph app. Options default to the EMULATOR_* environment (see CONTRACT.md).
 */
export async function startEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const options: EmulatorOptions = { ...optionsFromEnv(), ...overrides };
  if (!isLoopbackHost(options.host) && !options.allowRemote) {
    throw new ConfigError(`EMULATOR_HOST=${options.host} is not a loopback address; set EMULATOR_ALLOW_REMOTE=1 to serve it anyway.`);
  }
  await mkdir(options.dataDir, { recursive: true });
  const [store, tls, controlToken] = await Promise.all([
    Store.open({
      dataDir: options.dataDir,
      reset: options.reset,
      scale: options.scale,
      contoso: {
        tenantId: options.tenantId,
        portalClientId: options.portalClientId,
        portalRedirectUris: options.portalRedirectUris,
        automationClientId: options.automationClientId,
      },
      deterministic: options.deterministic,
      log: options.log,
    }),
    options.httpsPort === null ? Promise.resolve(null) : ensureCertificate(options.dataDir, options.log),
    resolveControlToken(options.controlToken, options.dataDir),
  ]);

  // Both listeners serve one app; it is built once the ports (and so the issuer URL) are known.
  let app: Hono<GraphEnv> | null = null;
  const listener = getRequestListener((request, env) => (app ? app.fetch(request, env) : new Response('Starting', { status: 503 })));
  const httpServer = createHttpServer(listener);
  const httpsServer = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener) : null;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all([close(httpServer), httpsServer ? close(httpsServer) : Promise.resolve()]);
    await store.close();
  };
  try {
    const port = await listen(httpServer, options.port, options.host);
    const httpsPort = httpsServer ? await listen(httpsServer, options.httpsPort ?? 0, options.host) : null;
    const urlHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    // Browsers and MSAL know the emulator as "localhost" (CONTRACT.md); remote hosts keep their own name.
    const publicHost = isLoopbackHost(options.host) ? 'localhost' : urlHost;
    const httpOrigin = `http://${publicHost}:${port}`;
    const httpsOrigin = httpsPort === null ? null : `https://${publicHost}:${httpsPort}`;
    const identity = await createIdentity({
      config: {
        tenantId: options.tenantId,
        issuer: `${httpsOrigin ?? httpOrigin}/${options.tenantId}/v2.0`,
        httpOrigin,
        portalClientId: options.portalClientId,
        portalRedirectUris: options.portalRedirectUris,
        automationClientId: options.automationClientId,
        automationClientSecret: options.automationClientSecret,
        automationServicePrincipalId,
        tokenLifetimeSeconds: options.tokenLifetimeSeconds,
        dataDir: options.dataDir,
      },
      accounts: accountsFromStore(store),
    });
    const faults = new FaultInjector(options.faults);
    app = createApp({ store, faults, identity, requestLog: new RequestLog(), tenantId: options.tenantId }, { token: controlToken, allowRemote: options.allowRemote });
    store.saveTemplateInBackground();
    return {
      url: `http://${urlHost}:${port}`,
      httpsUrl: httpsPort === null ? null : `https://${urlHost}:${httpsPort}`,
      certificate: tls?.cert ?? null,
      certificatePath: tls?.certPath ?? null,
      tenantId: options.tenantId,
      identity,
      store,
      faults,
      controlToken: controlToken.value,
      controlTokenPath: controlToken.filePath,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
