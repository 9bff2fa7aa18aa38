import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicAuthConfig } from '@/lib/auth/msal-config';
import { AuthConfigProvider } from './auth-config';
import { SessionKeeper } from './session-keeper';
import { testAuthConfig } from '@/tests/test-auth-config';

// MSAL itself is replaced: what is under test is when the keeper loads it and what it does with the answer.
const renewSessionToken = vi.fn<(config: PublicAuthConfig, expiresAt: number) => Promise<number | null>>();
vi.mock('./msal-on-demand', () => ({ renewSessionToken: (...args: [PublicAuthConfig, number]) => renewSessionToken(...args) }));

const config = testAuthConfig;
const start = new Date('2026-11-20T09:00:00Z');
const nowSeconds = () => Math.floor(Date.now() / 1000);
const keep = (expiresAt: number) =>
  render(
    <AuthConfigProvider config={config}>
      <SessionKeeper expiresAt={expiresAt} />
    </AuthConfigProvider>,
  );
// Lets the dynamic import and the renewal's promises settle between timer steps.
const settle = () => act(async () => { await vi.dynamicImportSettled(); await Promise.resolve(); });

beforeEach(() => {
  vi.useFakeTimers({ now: start, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  renewSessionToken.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('SessionKeeper', () => {
  it('leaves MSAL alone while the token is outside its renewal window', async () => {
    keep(nowSeconds() + 3600);
    await act(async () => { await vi.advanceTimersByTimeAsync(10 * 60_000); });
    await settle();
    expect(renewSessionToken).not.toHaveBeenCalled();
  });

  it('renews once the token is within 300 seconds of expiry, on the next minute\u2019s check', async () => {
    const expiresAt = nowSeconds() + 420;
    renewSessionToken.mockResolvedValue(expiresAt + 3600);
    keep(expiresAt);
    await act(async () => { await vi.advanceTimersByTimeAsync(60_000); }); // 360 s left
    await settle();
    expect(renewSessionToken).not.toHaveBeenCalled();
    await act(async () => { await vi.advanceTimersByTimeAsync(60_000); }); // 300 s left
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(1);
    expect(renewSessionToken).toHaveBeenCalledWith(config, expiresAt);
    // Renewed for an hour: the following checks find nothing to do.
    await act(async () => { await vi.advanceTimersByTimeAsync(30 * 60_000); });
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(1);
  });

  it('renews at once when the page opens with the token already close to expiry', async () => {
    renewSessionToken.mockResolvedValue(null);
    keep(nowSeconds() + 120);
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(1);
  });

  it('checks again when the window regains focus, and keeps trying while renewal changes nothing', async () => {
    const expiresAt = nowSeconds() + 330;
    renewSessionToken.mockResolvedValue(null);
    keep(expiresAt);
    await settle();
    expect(renewSessionToken).not.toHaveBeenCalled();
    vi.setSystemTime(Date.now() + 40_000); // 290 s left, before the minute's check
    await act(async () => { window.dispatchEvent(new Event('focus')); });
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(1);
    await act(async () => { await vi.advanceTimersByTimeAsync(60_000); });
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(2);
  });

  it('asks once at a time, however often focus returns during a renewal', async () => {
    let finish: (value: number | null) => void = () => {};
    renewSessionToken.mockImplementation(() => new Promise((resolve) => { finish = resolve; }));
    keep(nowSeconds() + 60);
    await settle();
    await act(async () => { window.dispatchEvent(new Event('focus')); window.dispatchEvent(new Event('focus')); });
    await settle();
    expect(renewSessionToken).toHaveBeenCalledTimes(1);
    await act(async () => { finish(nowSeconds() + 3600); });
    await settle();
  });
});
