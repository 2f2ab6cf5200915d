import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The sample site the page, feed, search and accessibility tests read: the shared build the global
 * setup makes, or TEST_SITE_DIR=<dir>, another build of the same commit (left untouched).
 */
export const SITE_DIR = process.env.TEST_SITE_DIR
  ? path.resolve(process.env.TEST_SITE_DIR)
  : path.join(ROOT, 'tests/.output/site');

/** The text of a file of the built site, e.g. `readBuilt('feed.xml')`. */
export const readBuilt = (file: string) => readFileSync(path.join(SITE_DIR, file), 'utf8');
/** The fixed "today" the sample site is built with in tests, so statuses never drift with the calendar. */
export const TEST_TODAY = '2026-11-23';
/**
 * The day the sample's Kelbrook street trading consultation is due to open, not launch-ready: the global
 * setup also builds the site as on this day, so the launch gate is tested in a real build.
 */
export const OPENING_DAY = '2026-12-03';
export const OPENING_DAY_SITE_DIR = path.join(ROOT, 'tests/.output/site-opening-day');
