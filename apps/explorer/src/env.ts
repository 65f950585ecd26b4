import { getConfig } from '@newsgraph/config';

/** The explorer's settings, validated once by @newsgraph/config (the only reader of the environment). Server-side only. */
export const env = { NEWSGRAPH_API_URL: getConfig().explorer.apiUrl };
