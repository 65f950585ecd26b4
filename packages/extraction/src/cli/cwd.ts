import { resolve } from 'node:path';

/**
 * Where relative paths given on the command line are meant from: npm runs workspace scripts inside the
 * package folder but records the caller's folder in INIT_CWD (`npm run extract -- seeds/x.txt` from the root).
 */
export function callerPath(p: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
