// What every screenshot looks like: the size of the frame and the themes. check.mjs reads the same values, so the
// expected image size is never restated.

/**
 * 1280 × 800 CSS pixels fit the portal's left navigation, a blade and an open side panel without crowding. At a
 * device scale factor of 1 the images stay 1280 px wide and small (50–150 KB each), easy to paste into a document or a
 * slide at full size.
 */
export const viewport = { width: 1280, height: 800 };
export const deviceScaleFactor = 1;

/** Pixel size of every PNG written. */
export const imageSize = { width: viewport.width * deviceScaleFactor, height: viewport.height * deviceScaleFactor };

export const themes = ['light', 'dark'];
