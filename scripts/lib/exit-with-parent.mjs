/**
 * Preloaded (`node --import <this file>`) into every process `npm start` supervises, the API and the explorer:
 * when the supervisor dies without stopping them (kill -9, a crash), the child notices that its parent changed
 * and stops itself with SIGTERM (the API drains first). No orphan outlives `npm start`.
 */
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== parent) {
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }
}, 500);
watch.unref();
