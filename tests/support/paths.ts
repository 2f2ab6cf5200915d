import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the shared test build of the sample site goes. */
export const SITE_DIR = path.join(ROOT, 'tests/.output/site');
/** The fixed "today" the sample site is built with in tests, so statuses never drift with the calendar. */
export const TEST_TODAY = '2026-11-23';
