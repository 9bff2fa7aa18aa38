// A frame whose look depends on the order of the page's stylesheet rules can't be reproduced: Griffel (Fluent's CSS
// engine) writes each rule when a component first renders, and which component renders first varies from one load to
// the next with streaming. Within one of Griffel's stylesheets (one bucket and priority), two rules that set the same
// property on the same element are decided by that order. Fluent's components use CSS shorthands (priority -1), so a
// component that overrides one with another shorthand (paddingInline over Fluent's padding) looks different from
// one load to the next; a longhand (paddingLeft) has a higher priority and always wins.

/** In the page: `element :: rule <-> rule` for each such pair on screen. */
function findOrderDependentRules() {
  // Logical and physical properties cascade together (padding-inline-start is padding-left in a left-to-right page).
  const physical = (name) =>
    name.replace('inline-start', 'left').replace('inline-end', 'right').replace('block-start', 'top').replace('block-end', 'bottom').replace(/^inset-/, '');
  const rulesByClass = new Map();
  for (const sheet of document.styleSheets) {
    const owner = sheet.ownerNode;
    if (!(owner instanceof HTMLStyleElement) || !owner.dataset.makeStylesBucket) continue;
    const order = `${owner.dataset.makeStylesBucket} ${owner.dataset.priority ?? 0} ${owner.media}`;
    for (const rule of sheet.cssRules) {
      const atomicClass = /^\.([\w-]+)$/.exec(rule.selectorText ?? '')?.[1];
      if (!atomicClass) continue;
      const values = new Map();
      for (const name of rule.style) values.set(physical(name), rule.style.getPropertyValue(name));
      rulesByClass.set(atomicClass, [...(rulesByClass.get(atomicClass) ?? []), { order, text: rule.cssText, values }]);
    }
  }
  const found = new Set();
  for (const element of document.querySelectorAll('[class]')) {
    if (element.getClientRects().length === 0) continue;
    const rules = [...element.classList].flatMap((name) => rulesByClass.get(name) ?? []);
    rules.forEach((a, i) => {
      for (const b of rules.slice(i + 1)) {
        const clash = a.order === b.order && [...a.values].some(([name, value]) => b.values.has(name) && b.values.get(name) !== value);
        if (clash) found.add(`${element.classList[0]} :: ${a.text} <-> ${b.text}`);
      }
    });
  }
  return [...found];
}

/** Throws, naming the rules, when the frame's look depends on stylesheet order: the fix is in the component. */
export async function assertOrderIndependentStyles(page) {
  const found = await page.evaluate(findOrderDependentRules);
  if (found.length) {
    throw new Error(`the frame's look depends on stylesheet order, so it would differ between runs; set longhands in the component:\n  ${found.join('\n  ')}`);
  }
}
