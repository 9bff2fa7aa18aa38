// npm run guides: starts the portal on a freshly reset demo tenant, performs each documented procedure through the
// real UI in light and dark, and writes numbered screenshots and a Markdown guide per procedure and theme, plus an
// index. See README.md, "Training guides", and `npm run guides -- --help`.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stopAll } from '../processes.mjs';
import { launchBrowser } from './browser.mjs';
import { generatedMarker, guideMarkdown, indexMarkdown } from './markdown.mjs';
import { parseOptions, usage } from './options.mjs';
import { performProcedure } from './perform.mjs';
import { buildIsNeeded, buildPortal, hasBuild, logDir, origins, resetTenant, startServers } from './servers.mjs';
import { accountOf, admin, signIn } from './sign-in.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function timed(label, work) {
  const started = performance.now();
  const value = await work();
  console.log(`${label}: ${seconds(performance.now() - started)}`);
  return value;
}

/** Empties the output folder, but only one that a previous run wrote (or an empty one): never someone's files. */
async function prepareOutput(out) {
  const entries = await readdir(out).catch(() => []);
  if (entries.length > 0) {
    const index = await readFile(path.join(out, 'README.md'), 'utf8').catch(() => '');
    if (!index.startsWith(generatedMarker)) {
      throw new Error(`${out} is not empty and was not written by npm run guides; choose another folder with --out`);
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  // Marked as ours from the start, so a run that fails half-way can still be replaced by the next.
  await writeFile(path.join(out, 'README.md'), `${generatedMarker}\n\nThe run that writes this folder has not finished (or failed).\n`);
}

async function main() {
  const options = parseOptions();
  if (options.help) {
    console.log(usage);
    return;
  }
  const started = performance.now();
  await prepareOutput(options.out);

  if (options.skipBuild) {
    if (!hasBuild()) throw new Error('--skip-build: there is no production build; run npm run build first');
  } else {
    const reason = buildIsNeeded();
    if (reason) await timed(`Built the portal (${reason})`, buildPortal);
  }

  const { portal } = origins(options.ports);
  await timed(`Started the emulator (${options.ports.emulator}) and the portal (${options.ports.portal})`, () => startServers(options.ports));
  const browser = await launchBrowser();
  try {
    const sessionCookies = await timed('Signed in through the account picker', () => signIn(browser, portal));
    // A procedure done by another account than admin's signs in once as that account too (sign-in.mjs, accountOf).
    const sessions = new Map([[admin.upn, sessionCookies]]);
    const written = [];
    for (const procedure of options.procedures) {
      const account = accountOf(procedure);
      if (!sessions.has(account.upn)) sessions.set(account.upn, await timed(`Signed in as ${account.displayName}`, () => signIn(browser, portal, account)));
      let steps = 0;
      for (const theme of options.themes) {
        const dir = path.join(options.out, procedure.slug, theme);
        const frames = await timed(`${procedure.slug} (${theme})`, async () => {
          await resetTenant(options.ports);
          return performProcedure({ browser, procedure, theme, portalOrigin: portal, sessionCookies: sessions.get(account.upn), dir });
        });
        await writeFile(path.join(dir, 'README.md'), guideMarkdown({ procedure, theme, frames, themes: options.themes }));
        steps = frames.filter((frame) => !frame.isResult).length;
      }
      written.push({ procedure, steps });
    }
    await writeFile(path.join(options.out, 'README.md'), indexMarkdown({ written, themes: options.themes }));
    const images = written.length * options.themes.length;
    console.log(`Wrote ${written.length} procedure(s) × ${options.themes.length} theme(s) (${images} guides) to ${options.out} in ${seconds(performance.now() - started)}`);
  } finally {
    await browser.close();
  }
}

// Ctrl-C closes the browser (Playwright) and stops the servers (processes.mjs) under the running step; its failure
// is then only noise.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (interrupted = true));

main()
  .catch((error) => {
    if (interrupted) return;
    console.error(`guides: ${error.message}`);
    // Where it failed in the script, without repeating the message.
    const where = (error.cause ?? error).stack?.split('\n').filter((line) => line.trim().startsWith('at ')).slice(0, 4);
    if (where?.length) console.error(where.join('\n'));
    console.error(`Server logs: ${logDir}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    const started = performance.now();
    await stopAll();
    if (!interrupted) console.log(`Stopped the servers: ${seconds(performance.now() - started)}`);
  });
