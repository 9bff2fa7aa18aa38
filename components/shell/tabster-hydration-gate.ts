import { createTabster, getInternal } from 'tabster';

// Fluent's keyboard navigation (Tabster) inserts focus sentinels, <i data-tabster-dummy>, into every element that
// carries a data-tabster attribute, as soon as it sees one. With streaming, a blade's server HTML sits in the page
// before React hydrates its Suspense boundary; if Tabster reaches it first, React finds children it did not render
// (error #418, microsoft/fluentui#30094), throws the server HTML away and renders the boundary again, and a click
// made in that instant is lost. This gate keeps Tabster's DOM observer paused while any tabster element is still
// server HTML that React has not hydrated, and lets it sync the whole page once React owns every one of them.

/** React marks each DOM node it has hydrated or created with a `__reactFiber$…` property. */
function isOwnedByReact(element: Element): boolean {
  return Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
}

function hasUnhydratedTabsterElement(root: ParentNode): boolean {
  for (const element of root.querySelectorAll('[data-tabster]')) {
    if (!isOwnedByReact(element)) return true;
  }
  return false;
}

// A boundary that never hydrates (an error React recovered from elsewhere) must not leave keyboard navigation off.
const GIVE_UP_AFTER_MS = 10_000;

/**
 * Creates the page's Tabster instance before React hydrates, with the options Fluent's `useTabster` uses (Fluent's
 * own calls then share this instance and merge in their `getParent`), and pauses its observer as described above.
 */
export function installTabsterHydrationGate(win: Window & { __rolesPortalTabsterGate?: true }): void {
  if (win.__rolesPortalTabsterGate) return;
  win.__rolesPortalTabsterGate = true;
  const tabster = createTabster(win, {
    autoRoot: {},
    controlTab: false,
    // As Fluent's createTabsterWithConfig: its FocusTrapZone bumpers mark a subtree Tabster must leave alone.
    checkUncontrolledCompletely: (element) =>
      element.firstElementChild?.hasAttribute('data-is-focus-trap-zone-bumper') === true || undefined,
  });
  const internal = getInternal(tabster);
  const resumeObserver = internal.resumeObserver;
  let wantsObserver = false;
  let waitingSince: number | null = null;

  const settle = () => {
    const document = win.document;
    if (hasUnhydratedTabsterElement(document) && (waitingSince ?? performance.now()) + GIVE_UP_AFTER_MS > performance.now()) {
      internal.stopObserver();
      waitingSince ??= performance.now();
      win.requestAnimationFrame(settle);
      return;
    }
    waitingSince = null;
    if (wantsObserver) resumeObserver(true);
  };

  // Tabster starts its observer through this on its first tick; it goes through the gate instead.
  internal.resumeObserver = () => {
    wantsObserver = true;
    if (waitingSince === null) settle();
  };

  // Streamed HTML that arrives after start-up (a slow blade replacing its skeleton) is inserted by Next's inline
  // script, not React. This observer is created before Tabster's, so it is notified first and can pause Tabster
  // before Tabster sees the new nodes.
  new MutationObserver((mutations) => {
    if (waitingSince !== null) return;
    const arrived = mutations.some((mutation) =>
      [...mutation.addedNodes].some((node) => node instanceof Element && !isOwnedByReact(node) &&
        (node.matches('[data-tabster]') || hasUnhydratedTabsterElement(node))),
    );
    if (arrived) settle();
  }).observe(win.document, { childList: true, subtree: true });
}
