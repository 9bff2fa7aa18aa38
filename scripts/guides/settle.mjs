// "Settled" is what a person would call a finished screen: nothing loading, nothing moving. A fixed sleep would be
// too short on a busy machine and wasted on an idle one, so each condition is observed instead.

/** Counts the page's requests in flight (server actions, RSC payloads, the picker's searches, prefetches). */
export function trackRequests(page) {
  const inFlight = new Set();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return {
    get count() {
      return inFlight.size;
    },
  };
}

const QUIET_FRAMES = 3;

/**
 * Resolves once, for QUIET_FRAMES animation frames in a row, the DOM has not changed, no animation runs, no tooltip
 * is open and nothing says it is busy; fonts have loaded. Runs in the page.
 */
function domSettled(quietFrames) {
  return new Promise((resolve, reject) => {
    let changed = false;
    const observer = new MutationObserver(() => (changed = true));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const visible = (selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
    const busy = () =>
      visible('[role="tooltip"]') || visible('[aria-busy="true"]') || visible('[role="progressbar"]') ||
      document.getAnimations().some((animation) => animation.playState === 'running');
    let quiet = 0;
    const giveUp = setTimeout(() => {
      observer.disconnect();
      reject(new Error('The page kept changing for 20 s'));
    }, 20_000);
    const frame = () => {
      quiet = changed || busy() ? 0 : quiet + 1;
      changed = false;
      if (quiet >= quietFrames) {
        observer.disconnect();
        clearTimeout(giveUp);
        resolve();
      } else requestAnimationFrame(frame);
    };
    void document.fonts.ready.then(() => requestAnimationFrame(frame));
  });
}

/** Waits until no request is in flight and the page has stopped changing, both at once. */
export async function settle(page, requests, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    while (requests.count > 0) {
      if (Date.now() > deadline) throw new Error(`${requests.count} request(s) still in flight after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await page.evaluate(domSettled, QUIET_FRAMES);
    // A request started while the DOM settled (an effect's fetch) means the screen is about to change again.
    if (requests.count === 0) return;
  }
}

/**
 * Waits until React has hydrated the element, so a click on it is not lost, and every other control on the page, so
 * the shot shows the page as it is once interactive (a blade that streamed in after the shell can still be server
 * HTML when the shell's controls already work): React marks each DOM node it owns with a `__reactProps$…` property
 * (the same test as components/shell/tabster-hydration-gate.ts). The locator is resolved afresh each frame, since
 * React may replace server HTML it could not hydrate.
 */
export async function untilHydrated(locator, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await locator.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
    const owned = await locator.evaluate(async (element) => {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const owned = (node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'));
      const controls = document.body.querySelectorAll('button, a[href], input, select, textarea, [role="tab"]');
      return element.isConnected && owned(element) && [...controls].every((control) => control.closest('[hidden]') || owned(control));
    });
    if (owned) return;
    if (Date.now() > deadline) throw new Error(`${locator} was not hydrated within ${timeoutMs / 1000} s`);
  }
}
