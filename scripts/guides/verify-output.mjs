// What the check asserts about a guides output folder: real PNGs of the frame's size, guides that show exactly the
// images written, an index whose links resolve, and (for two folders) the same bytes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from './frame.mjs';
import { pngSize } from './png.mjs';

export async function filesUnder(dir, prefix = '') {
  const files = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, relative)));
    else files.push(relative);
  }
  return files.sort();
}

const imageLinks = (markdown) => [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
const pageLinks = (markdown) => [...markdown.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+\.md)\)/g)].map((match) => match[1]);

/** Problems with one run's output of `procedure` in `themes`, as sentences naming the file. */
export async function problemsIn(out, procedure, themes) {
  const problems = [];
  const files = await filesUnder(out);
  const pngs = files.filter((file) => file.endsWith('.png'));
  if (pngs.length === 0) problems.push('no PNG was written');
  for (const file of pngs) {
    try {
      const { width, height } = pngSize(await readFile(path.join(out, file)));
      if (width !== imageSize.width || height !== imageSize.height) {
        problems.push(`${file}: ${width} × ${height}, expected ${imageSize.width} × ${imageSize.height}`);
      }
    } catch (error) {
      problems.push(`${file}: not a valid PNG (${error.message})`);
    }
  }
  for (const theme of themes) {
    const guide = path.posix.join(procedure.slug, theme, 'README.md');
    if (!files.includes(guide)) {
      problems.push(`${guide} is missing`);
      continue;
    }
    const dir = path.posix.dirname(guide);
    const shown = imageLinks(await readFile(path.join(out, guide), 'utf8')).map((link) => path.posix.join(dir, link));
    const written = pngs.filter((file) => path.posix.dirname(file) === dir);
    for (const file of shown.filter((file) => !files.includes(file))) problems.push(`${guide} shows ${file}, which was not written`);
    for (const file of written.filter((file) => !shown.includes(file))) problems.push(`${guide} does not show ${file}`);
    if (shown.length === 0) problems.push(`${guide} shows no image`);
  }
  for (const file of pngs.filter((file) => !themes.some((theme) => file.startsWith(`${procedure.slug}/${theme}/`)))) {
    problems.push(`${file} is outside every guide`);
  }
  if (!files.includes('README.md')) problems.push('the index README.md is missing');
  else {
    for (const link of pageLinks(await readFile(path.join(out, 'README.md'), 'utf8'))) {
      if (!files.includes(link)) problems.push(`the index links ${link}, which was not written`);
    }
  }
  return { problems, files, pngs };
}

/** Files that are not byte-identical in the two folders, or written in one only. */
export async function differences(first, second) {
  const [a, b] = await Promise.all([filesUnder(first), filesUnder(second)]);
  const differing = [];
  for (const file of new Set([...a, ...b])) {
    if (!a.includes(file) || !b.includes(file)) differing.push(`${file} (written by one run only)`);
    else if (!(await readFile(path.join(first, file))).equals(await readFile(path.join(second, file)))) differing.push(file);
  }
  return differing.sort();
}
