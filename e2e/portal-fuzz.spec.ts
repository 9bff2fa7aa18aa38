import type { APIRequestContext } from '@playwright/test';
import { fullMode, writeFigures } from './resilience/figures';
import {
  errorBoundaryText,
  internalRawPatterns,
  internalTextPatterns,
  portalFuzzCorpus,
  sampleEvery,
  visibleText,
  type FuzzCase,
} from './resilience/portal-fuzz-corpus';
import { accounts, expect, signInAs, test } from './fixtures/portal';

// Hostile URLs over every route (e2e/resilience/portal-fuzz-corpus.ts), signed in and signed out: whatever the
// portal answers, it is never a server error, and nothing a person sees carries a stack, an error name or a path
// inside the server. The e2e run tries a fixed sample (every 8th URL); RESILIENCE_FULL=1 tries them all.
const corpus = portalFuzzCorpus();
const cases = fullMode() ? corpus : sampleEvery(corpus, 8);

type Finding = { url: string; status: number; problem: string };

async function fuzz(request: APIRequestContext, label: string): Promise<{ byStatus: Record<string, number>; findings: Finding[] }> {
  const byStatus: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const { url } of cases as FuzzCase[]) {
    let status: number;
    let body: string;
    let contentType: string;
    try {
      const response = await request.get(url, { timeout: 30_000, failOnStatusCode: false });
      status = response.status();
      contentType = response.headers()['content-type'] ?? '';
      body = await response.text();
    } catch (error) {
      // A connection the portal drops is as bad as a 500, and tells the person less.
      findings.push({ url, status: 0, problem: `no answer: ${String(error).split('\n')[0]}` });
      byStatus.none = (byStatus.none ?? 0) + 1;
      continue;
    }
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    const text = visibleText(body, contentType);
    if (status >= 500) findings.push({ url, status, problem: `answered ${status}` });
    for (const pattern of internalTextPatterns) {
      const match = pattern.exec(text);
      if (match) findings.push({ url, status, problem: `shows internal text ${JSON.stringify(match[0].slice(0, 80))}` });
    }
    for (const pattern of internalRawPatterns) {
      const match = pattern.exec(body);
      if (match) findings.push({ url, status, problem: `carries internal text ${JSON.stringify(match[0].slice(0, 80))}` });
    }
    if (contentType.includes('html') && errorBoundaryText.test(text)) findings.push({ url, status, problem: 'shows an error boundary (the server threw)' });
  }
  console.info(`portal fuzz, ${label}: ${cases.length} of ${corpus.length} URLs; by status ${JSON.stringify(byStatus)}; ${findings.length} findings`);
  return { byStatus, findings };
}

const report = (findings: Finding[]) => findings.slice(0, 200).map((f) => `${f.status} ${f.url.slice(0, 160)}: ${f.problem}`);
const results: Record<string, unknown> = {};

test.describe('hostile portal URLs', () => {
  test.afterAll(() => {
    writeFigures('portal-fuzz', { corpus: corpus.length, tested: cases.length, ...results });
  });

  test('signed out, no hostile URL gets a server error or shows internal text', async ({ playwright }) => {
    test.setTimeout(fullMode() ? 900_000 : 120_000);
    const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const { byStatus, findings } = await fuzz(request, 'signed out');
    await request.dispose();
    results.signedOut = { byStatus, findings: findings.length, list: report(findings) };
    expect(report(findings)).toEqual([]);
  });

  test('signed in, no hostile URL gets a server error or shows internal text', async ({ page }) => {
    test.setTimeout(fullMode() ? 900_000 : 120_000);
    await signInAs(page, accounts.privilegedRoleAdministrator, '/my-roles');
    // The page's own request context shares its cookies: the rp_session the server components read.
    const { byStatus, findings } = await fuzz(page.request, 'signed in');
    results.signedIn = { byStatus, findings: findings.length, list: report(findings) };
    expect(report(findings)).toEqual([]);
  });
});
