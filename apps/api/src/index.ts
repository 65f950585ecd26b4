export { startApi, type RunningApi, type StartApiOptions } from './start-api.js';
export { defaultLimits, type ApiLimits } from './limits.js';
export { ErrorCode } from './errors.js';
