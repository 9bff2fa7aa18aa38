// "Settled" is what a person would call a finished screen: nothing loading, nothing moving. A fixed sleep would be
// too short on a busy machine and wasted on an idle one, so each condition is observed instead. (Whether a control
// can take a click yet is e2e/fixtures/hydration.mjs, shared with the e2e stories and the benchmark.)

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
