import { parseArgs } from 'node:util';
import { ConfigError, defaultScale, optionsFromEnv } from './config';
import { startEmulator } from './start';

const usage = `Usage: npm run emulator -- [--reset] [--deterministic] [--scale [--users N] [--groups N] [--assignments N]] [--port N] [--https-port N] [--data-dir DIR]`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--${name} must be a positive whole number`);
  return n;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      deterministic: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      users: { type: 'string' },
      groups: { type: 'string' },
      assignments: { type: 'string' },
      port: { type: 'string' },
      'https-port': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const options = optionsFromEnv();
  if (values.port !== undefined) options.port = values.port === '0' ? 0 : positiveInt('port', values.port, options.port);
  if (values['https-port'] !== undefined) {
    const httpsPort = Number(values['https-port']);
    if (!Number.isInteger(httpsPort) || httpsPort < 0) throw new ConfigError('--https-port must be a whole number (0 disables https)');
    options.httpsPort = httpsPort === 0 ? null : httpsPort;
  }
  if (values['data-dir']) options.dataDir = values['data-dir'];
  options.reset = values.reset ?? false;
  if (values.deterministic) options.deterministic = true;
  if (values.scale) {
    options.scale = {
      users: positiveInt('users', values.users, defaultScale.users),
      groups: positiveInt('groups', values.groups, defaultScale.groups),
      assignments: positiveInt('assignments', values.assignments, defaultScale.assignments),
    };
  }
  options.log = (line) => console.log(line);
  const emulator = await startEmulator(options);
  const https = emulator.httpsUrl ? ` (${emulator.httpsUrl}, cert ${emulator.certificatePath})` : '';
  // Scripts that did not set EMULATOR_CONTROL_TOKEN need the generated one: print it (and where it is kept).
  if (emulator.controlTokenPath) console.log(`Control token (header x-emulator-control-token): ${emulator.controlToken} (also in ${emulator.controlTokenPath})`);
  else console.log('Control token (header x-emulator-control-token): from EMULATOR_CONTROL_TOKEN');
  console.log(`Emulator ready on ${emulator.url}${https} in ${Math.round(performance.now() - started)} ms; data in ${options.dataDir}`);
  const shutdown = () => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Emulator: ${error.message}` : error);
  process.exit(1);
});
