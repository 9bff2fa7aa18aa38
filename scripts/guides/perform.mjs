// Performs one procedure in one theme through the real UI and takes its screenshots: for each step, wait until the
// control is hydrated and the screen has settled, outline the control, take the shot, then act as the user would
// and wait for what the user would see next.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newThemedContext } from './browser.mjs';
import { assertOrderIndependentStyles } from './cascade.mjs';
import { viewport } from './frame.mjs';
import { drawOutline, removeOutline } from './outline.mjs';
import { untilHydratedAt } from '../../e2e/fixtures/hydration.mjs';
import { settle, trackRequests } from './settle.mjs';

const STEP_TIMEOUT_MS = 30_000;

/** `01-select-add-assignments.png`: the step's number and short name, so the files sort in the guide's order. */
export function imageName(index, name) {
  return `${String(index + 1).padStart(2, '0')}-${name}.png`;
}

// The top bar between the product name and the theme switch: nothing there reacts to a hovering pointer, so a
// button the previous step clicked does not keep its hover colour (or a tooltip) in the next frame.
const restingPointer = { x: Math.round(viewport.width / 2), y: 4 };

async function shoot(page, requests, file, target) {
  await page.mouse.move(restingPointer.x, restingPointer.y);
  await settle(page, requests);
  await assertOrderIndependentStyles(page);
  if (target) await drawOutline(target);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  if (target) await removeOutline(page);
}

/**
 * Runs `procedure` in a new context of `theme` and writes its images into `dir`. Returns the frames in order,
 * each `{ file, say, alt }`, for the guide. On failure, leaves `failure.png` in `dir` and names the step.
 */
export async function performProcedure({ browser, procedure, theme, portalOrigin, sessionCookies, dir }) {
  await mkdir(dir, { recursive: true });
  const context = await newThemedContext(browser, { theme, portalOrigin, sessionCookies });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const requests = trackRequests(page);
  const frames = [];
  let doing = `opening ${procedure.start}`;
  try {
    await page.goto(`${portalOrigin}${procedure.start}`);
    await procedure.ready(page).waitFor();
    for (const [index, step] of procedure.steps.entries()) {
      doing = `step ${index + 1} ("${step.say}")`;
      const file = imageName(index, step.name);
      const target = step.target(page);
      await untilHydratedAt(target);
      await shoot(page, requests, path.join(dir, file), target);
      frames.push({ file, say: step.say, alt: step.alt });
      await (step.act ?? ((control) => control.click()))(target, page);
      if (step.until) await step.until(page).waitFor();
    }
    doing = 'the result';
    const { result } = procedure;
    const file = imageName(procedure.steps.length, result.name);
    await result.shows(page).waitFor();
    await shoot(page, requests, path.join(dir, file), null);
    frames.push({ file, say: result.say, alt: result.alt, isResult: true });
    return frames;
  } catch (error) {
    await page.screenshot({ path: path.join(dir, 'failure.png') }).catch(() => {});
    await writeFile(path.join(dir, 'failure.txt'), `${error.stack ?? error}\n`).catch(() => {});
    throw new Error(`${procedure.slug} (${theme}) failed at ${doing}: ${error.message}`, { cause: error });
  } finally {
    await context.close();
  }
}
