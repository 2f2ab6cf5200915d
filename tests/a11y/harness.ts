/** Viewports the accessibility suite checks every template at. */
export { useSite, type Site } from '../support/served-site.ts';

export const DESKTOP = { width: 1280, height: 900 };
/** 320 CSS px: a 1280 px wide window at 400% zoom (WCAG 1.4.10 Reflow). */
export const MOBILE = { width: 320, height: 640 };
export const WIDTHS = [
  { name: 'desktop', viewport: DESKTOP },
  { name: '320px', viewport: MOBILE },
];
