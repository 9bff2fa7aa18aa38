import type { Page } from '@playwright/test';
import { emulatorUrl } from '../playwright.config';
import { pickMember } from './blade-helpers';
import { emulatorControl } from './fixtures/emulator-control';
import { accounts, expect, signInAs, test } from './fixtures/portal';
import { fullMode, writeFigures } from './resilience/figures';
import { graphAt, type DirectoryUser } from './resilience/graph-at';
import { outcomesOf, readOutcomeBar, removeAllOnRoleBlade, type ShownOutcome } from './resilience/outcome-bar';
import { compareWithGraph, type Comparison } from './resilience/reported-outcome';

// Writes through the UI while Graph throttles, fails and dawdles, then the outcome bar checked against what Graph
// holds once the faults are gone: every item the bar calls removed (added) is gone (there), every item it calls
// not removed (not added) is still there (still absent). "Unknown … check again" is allowed, and counted.
const GROUPS_ADMINISTRATOR = 'fdd7a751-b60b-444a-984c-02652fe8fa1c';
const faults = { rate429: 0.04, rate500: 0.03, rate503: 0.03, latencyMs: [0, 250] };
const rounds = fullMode() ? 6 : 1;
const removing = 20;
const adding = 5;

const graph = graphAt(emulatorUrl);

type Outcome = Comparison & { intent: string; message: string };
type Round = { round: number; remove: Outcome; add?: Outcome };

async function compare(shown: ShownOutcome, people: DirectoryUser[], doneInGraph: (user: DirectoryUser) => boolean) {
  const byName = new Map(people.map((user) => [user.displayName, user]));
  const names = people.map((user) => user.displayName);
  const comparison = compareWithGraph(outcomesOf(shown, names), names, (name) => {
    const user = byName.get(name);
    return user ? doneInGraph(user) : false;
  });
  return { intent: shown.intent, message: shown.message.split('\n').slice(0, 2).join(' '), ...comparison };
}

async function removeRound(page: Page, people: DirectoryUser[]) {
  for (const user of people) await graph.assign(GROUPS_ADMINISTRATOR, user.id);
  await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${GROUPS_ADMINISTRATOR}`);
  for (const user of people) await expect(page.getByRole('checkbox', { name: `Select ${user.displayName} at Directory` })).toBeVisible();
  await emulatorControl.setFaults(faults);
  let shown: ShownOutcome;
  try {
    await removeAllOnRoleBlade(page, people.length);
    shown = await readOutcomeBar(page, 120_000);
  } finally {
    await emulatorControl.setFaults({});
  }
  const held = new Set((await graph.assignmentsOf(GROUPS_ADMINISTRATOR)).map((a) => a.principalId));
  return { shown, held, comparison: await compare(shown, people, (user) => !held.has(user.id)) };
}

async function addRound(page: Page, people: DirectoryUser[]) {
  // The members are picked while Graph is healthy; only the write itself meets the faults.
  await page.goto(`/roles/${GROUPS_ADMINISTRATOR}`);
  await page.getByRole('button', { name: 'Add assignments' }).click();
  const panel = page.getByRole('dialog', { name: 'Add assignments' });
  await expect(panel.getByRole('heading', { name: 'Select member(s)' })).toBeVisible();
  for (const user of people) await pickMember(panel, user.displayName, user.displayName);
  await emulatorControl.setFaults(faults);
  let shown: ShownOutcome;
  try {
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    shown = await readOutcomeBar(page, 120_000);
  } finally {
    await emulatorControl.setFaults({});
  }
  const held = new Set((await graph.assignmentsOf(GROUPS_ADMINISTRATOR)).map((a) => a.principalId));
  return { shown, comparison: await compare(shown, people, (user) => held.has(user.id)) };
}

test.afterEach(async () => {
  await emulatorControl.setFaults({});
});

test(`under Graph faults, the outcome bar misreports none of ${removing} removals and ${adding} additions`, async ({ page }, testInfo) => {
  test.setTimeout(rounds * 240_000);
  const results: Round[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      await emulatorControl.setFaults({});
      await emulatorControl.reset();
      const members = (await graph.members()).filter((u) => u.userPrincipalName.toLowerCase() !== accounts.privilegedRoleAdministrator.upn.toLowerCase());
      // Each round starts further along the list, so the rounds between them meet more of the tenant.
      const start = ((round - 1) * 7) % members.length;
      const people = [...members.slice(start), ...members.slice(0, start)].slice(0, removing);
      expect(people, 'the demo tenant has enough members with names of their own').toHaveLength(removing);

      const removal = await removeRound(page, people);
      await testInfo.attach(`round-${round}-remove`, { body: `${removal.shown.message}\n`, contentType: 'text/plain' });
      const result: Round = { round, remove: removal.comparison };
      results.push(result);
      // Five who don't hold the role now (as Graph says), topped up from the rest of the tenant.
      const toAdd = [...people.filter((u) => !removal.held.has(u.id)), ...members.filter((u) => !people.includes(u))].slice(0, adding);
      const addition = await addRound(page, toAdd);
      await testInfo.attach(`round-${round}-add`, { body: `${addition.shown.message}\n`, contentType: 'text/plain' });
      result.add = addition.comparison;
    }
  } finally {
    const sum = (pick: (r: Round) => Comparison | undefined) => {
      const all = results.flatMap((r) => pick(r) ?? []);
      return {
        items: all.reduce((n, c) => n + c.total, 0),
        done: all.reduce((n, c) => n + c.reported.done, 0),
        notDone: all.reduce((n, c) => n + c.reported['not done'], 0),
        unknown: all.reduce((n, c) => n + c.reported.unknown, 0),
        unreported: all.reduce((n, c) => n + c.unreported.length, 0),
        misreported: all.reduce((n, c) => n + c.misreported.length, 0),
      };
    };
    writeFigures('fault-rounds', { faults, rounds: results.length, remove: sum((r) => r.remove), add: sum((r) => r.add), perRound: results });
  }
  for (const { round, remove, add } of results) {
    expect(remove.misreported, `round ${round}: removals the bar misreported`).toEqual([]);
    expect(add?.misreported, `round ${round}: additions the bar misreported`).toEqual([]);
    expect(remove.unreported, `round ${round}: removals the bar named no outcome for`).toEqual([]);
    expect(add?.unreported, `round ${round}: additions the bar named no outcome for`).toEqual([]);
  }
});
