import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/explorer. */
export const EXPLORER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository root. */
export const REPO_ROOT = resolve(EXPLORER_DIR, '../..');
/** Where e2e screenshots are kept (gitignored test-results/). */
export const SCREENSHOT_DIR = resolve(EXPLORER_DIR, 'test-results/screenshots');
