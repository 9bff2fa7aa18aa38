// The guides command's flags. Ports and the output folder can also come from the environment, so a checkout that
// shares a machine can move them once (GUIDES_PORTAL_PORT=3400 npm run guides).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../processes.mjs';
import { themes as allThemes } from './frame.mjs';
import { procedures as allProcedures, fastProcedure } from './procedures/index.mjs';

export const usage = `Usage: npm run guides -- [options]

Writes a Markdown guide with numbered screenshots for each documented procedure, performed through the real UI on a
freshly reset demo tenant.

  --out DIR                  output folder (default guides-output/, env GUIDES_OUT)
  --procedures=a,b           only these procedures (default: all): ${allProcedures.map((p) => p.slug).join(', ')}
  --themes=light,dark        only these themes (default: both)
  --fast                     one procedure (${fastProcedure.slug}), for the test command
  --skip-build               use the existing production build as it is (default: build when missing or older
                             than the sources)
  --portal-port N            default 3500 (env GUIDES_PORTAL_PORT)
  --emulator-port N          default 4500 (env GUIDES_EMULATOR_PORT)
  --emulator-https-port N    default 4943 (env GUIDES_EMULATOR_HTTPS_PORT)
  --help`;

function port(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`--${name} must be a port number (got "${value}")`);
  return n;
}

function pick(what, wanted, known, keyOf) {
  if (wanted === undefined) return known;
  const names = wanted.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !known.some((item) => keyOf(item) === name));
  if (unknown.length || names.length === 0) {
    throw new Error(`Unknown ${what}: ${unknown.join(', ') || '(none given)'}; choose from ${known.map(keyOf).join(', ')}`);
  }
  // In the documented order, whatever order they were asked in.
  return known.filter((item) => names.includes(keyOf(item)));
}

/** Parses argv and the GUIDES_* environment; throws with a message naming the flag on a bad value. */
export function parseOptions(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      procedures: { type: 'string' },
      themes: { type: 'string' },
      fast: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'portal-port': { type: 'string' },
      'emulator-port': { type: 'string' },
      'emulator-https-port': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.fast && values.procedures) throw new Error('--fast runs one procedure; leave out --procedures');
  return {
    help: values.help,
    out: path.resolve(root, values.out ?? env.GUIDES_OUT ?? 'guides-output'),
    procedures: values.fast ? [fastProcedure] : pick('procedure', values.procedures, allProcedures, (p) => p.slug),
    themes: pick('theme', values.themes, allThemes, (t) => t),
    skipBuild: values['skip-build'],
    ports: {
      portal: port('portal-port', values['portal-port'] ?? env.GUIDES_PORTAL_PORT ?? 3500),
      emulator: port('emulator-port', values['emulator-port'] ?? env.GUIDES_EMULATOR_PORT ?? 4500),
      emulatorHttps: port('emulator-https-port', values['emulator-https-port'] ?? env.GUIDES_EMULATOR_HTTPS_PORT ?? 4943),
    },
  };
}
