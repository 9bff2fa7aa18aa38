// The red rectangle Microsoft's documentation draws around the control to select. It is an overlay on top of the
// page, not a style on the control, so the control looks exactly as the user will see it; it is removed after the
// screenshot so it never reaches the next frame.
import { viewport } from './frame.mjs';

const BORDER_PX = 3;
const PADDING_PX = 2;
const OUTLINE_ID = 'training-guide-outline';

function drawRectangle({ id, left, top, width, height, border }) {
  const box = document.createElement('div');
  box.id = id;
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, {
    position: 'fixed',
    left: `${left}px`,
    top: `${top}px`,
    width: `${width}px`,
    height: `${height}px`,
    boxSizing: 'border-box',
    border: `${border}px solid #e00000`,
    borderRadius: '2px',
    pointerEvents: 'none',
    zIndex: '2147483647',
  });
  document.body.append(box);
}

// A form control's accessible element is the bare <input>; what the user sees as the control is the Fluent wrapper
// around it (fui-* class names are Fluent's stable styling hooks): a text box's border and search icon, or a switch's
// track and label. A switch's wrapper stretches across its field, so there the outline hugs the track and label.
const fieldWrappers = '.fui-Input, .fui-SearchBox, .fui-Combobox, .fui-Textarea, .fui-Dropdown, .fui-Switch, .fui-Checkbox';
const toggleParts = '.fui-Switch__indicator, .fui-Switch__label, .fui-Checkbox__indicator, .fui-Checkbox__label';

function visibleBox(element, { wrappers, parts }) {
  const shown = element.matches('input, textarea') ? (element.closest(wrappers) ?? element) : element;
  const pieces = [...shown.querySelectorAll(parts)].map((part) => part.getBoundingClientRect());
  const rects = pieces.length ? pieces : [shown.getBoundingClientRect()];
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return { x: left, y: top, width: Math.max(...rects.map((r) => r.right)) - left, height: Math.max(...rects.map((r) => r.bottom)) - top };
}

/** Scrolls the control into view and outlines it, kept inside the frame so all four sides show. */
export async function drawOutline(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.evaluate(visibleBox, { wrappers: fieldWrappers, parts: toggleParts });
  const grow = BORDER_PX + PADDING_PX;
  const left = Math.max(0, Math.floor(box.x - grow));
  const top = Math.max(0, Math.floor(box.y - grow));
  const right = Math.min(viewport.width, Math.ceil(box.x + box.width + grow));
  const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height + grow));
  await locator.page().evaluate(drawRectangle, { id: OUTLINE_ID, left, top, width: right - left, height: bottom - top, border: BORDER_PX });
}

export async function removeOutline(page) {
  await page.evaluate((id) => document.getElementById(id)?.remove(), OUTLINE_ID);
}
