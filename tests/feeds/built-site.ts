/**
 * Reads files of the built sample site (tests/.output/site, built by the global setup with
 * TODAY=2026-11-23). TEST_SITE_DIR points the feed tests at another build of the same commit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from '../support/paths.ts';

export const siteDir = process.env.TEST_SITE_DIR ?? SITE_DIR;

export const readBuilt = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
