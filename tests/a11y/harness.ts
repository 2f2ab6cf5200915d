/** Viewports the accessibility suite checks every template at. */
export { useSite, type Site } from '../support/served-site.ts';

/**
 * WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best-practice rules: heading order, one h1, content in
 * landmarks and unique landmark names are filed there, and residents rely on them to find their way.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const DESKTOP = { width: 1280, height: 900 };
/** 320 CSS px: a 1280 px wide window at 400% zoom (WCAG 1.4.10 Reflow). */
export const MOBILE = { width: 320, height: 640 };
export const WIDTHS = [
  { name: 'desktop', viewport: DESKTOP },
  { name: '320px', viewport: MOBILE },
];
