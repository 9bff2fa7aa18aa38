// npm run guides:check (a step of scripts/test.sh): runs `guides --fast` twice, into two new folders, and checks what
// a trainer relies on: every image is a PNG of the frame's size, each guide shows exactly the images written, and
// the two runs wrote the same bytes. Arguments are passed to both runs (e.g. --skip-build, ports). Exits non-zero
// on any failure, keeping the two folders to look at.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../processes.mjs';
import { imageSize, themes } from './frame.mjs';
import { fastProcedure } from './procedures/index.mjs';
import { differences, problemsIn } from './verify-output.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function runGuides(out, passedArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/guides/run.mjs', '--fast', '--out', out, ...passedArgs], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`guides --fast --out ${out} failed (${code ?? signal})`))));
  });
}

async function main() {
  const passedArgs = process.argv.slice(2);
  const started = performance.now();
  const outs = [await mkdtemp(path.join(tmpdir(), 'guides-check-1-')), await mkdtemp(path.join(tmpdir(), 'guides-check-2-'))];
  const timings = [];
  for (const out of outs) {
    const runStarted = performance.now();
    console.log(`== guides --fast into ${out}`);
    await runGuides(out, passedArgs);
    timings.push(performance.now() - runStarted);
  }

  const failures = [];
  let checked = null;
  for (const [index, out] of outs.entries()) {
    const result = await problemsIn(out, fastProcedure, themes);
    checked ??= result;
    failures.push(...result.problems.map((problem) => `run ${index + 1}: ${problem}`));
  }
  const differing = await differences(...outs);
  failures.push(...differing.map((file) => `differs between the two runs: ${file}`));

  console.log(`\n== training guides check (${fastProcedure.slug}, ${themes.join(' and ')}; runs took ${timings.map(seconds).join(' and ')})`);
  console.log(`${checked.pngs.length} PNG(s) per run, expected ${imageSize.width} × ${imageSize.height}; ${checked.files.length} file(s) per run`);
  if (failures.length) {
    for (const failure of failures) console.log(`FAIL ${failure}`);
    console.log(`${failures.length} problem(s); the two runs are kept in ${outs.join(' and ')}`);
    process.exitCode = 1;
    return;
  }
  console.log('PASS every image is a PNG of the expected size');
  console.log('PASS each guide shows exactly the images written, and the index links every guide');
  console.log('PASS the two runs wrote byte-identical files');
  console.log(`guides check passed in ${seconds(performance.now() - started)}`);
  await Promise.all(outs.map((out) => rm(out, { recursive: true, force: true })));
}

main().catch((error) => {
  console.error(`guides:check: ${error.message}`);
  process.exitCode = 1;
});
