import type RobotsParser from 'robots-parser';
import { lazyRequire } from '../lazy-require.js';
import { ROBOT_NAME } from './fetch-options.js';

const robotsParser = lazyRequire<typeof RobotsParser>('robots-parser');

/** robots.txt rules of one origin. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
}

const ALLOW_ALL: RobotsRules = { isAllowed: () => true };
const DISALLOW_ALL: RobotsRules = { isAllowed: () => false };

/**
 * Turns a robots.txt response into rules (robots-parser: RFC 9309 matching, wildcards, longest match). As RFC 9309
 * §2.3.1 says: a 4xx (no robots.txt) allows everything; a 5xx or an unreachable server disallows everything
 * until the next run; a body over 500 KiB is read up to that size.
 */
export function robotsRulesFrom(origin: string, status: number | null, body: string): RobotsRules {
  if (status === null || status >= 500) return DISALLOW_ALL;
  if (status >= 400) return ALLOW_ALL;
  const parsed = robotsParser()(`${origin}/robots.txt`, body.slice(0, 500 * 1024));
  return { isAllowed: (url) => parsed.isAllowed(url, ROBOT_NAME) !== false };
}
