// @ts-check
/**
 * How the engines share the 2-core machine: at most two pages at once. Two engines run side
 * by side with one page each (concurrentBrowsers: 2); an engine left running alone gets a
 * second page, so the last one does not finish on one core while the other idles. WebKit
 * keeps its own limit of one page (one window, test/support/webkit.js). It also records
 * when each engine finished its last test file, for the summary line.
 */

/** @type {Map<string, number>} engine name → when it finished its last test file (ms since the epoch) */
export const finishedAt = new Map();

/**
 * Wraps the run's launchers (in place) and returns them.
 * @param {import('@web/test-runner').BrowserLauncher[]} launchers
 * @returns {import('@web/test-runner').BrowserLauncher[]}
 */
export function scheduleEngines(launchers) {
  /** @type {Set<import('@web/test-runner').BrowserLauncher>} */
  const unfinished = new Set(launchers);
  for (const launcher of launchers) {
    let files = Number.POSITIVE_INFINITY;
    let stopped = 0;
    const initialize = launcher.initialize?.bind(launcher);
    launcher.initialize = async (config, testFiles) => {
      files = testFiles.length;
      await initialize?.(config, testFiles);
    };
    const stopSession = launcher.stopSession.bind(launcher);
    launcher.stopSession = async (sessionId) => {
      const result = await stopSession(sessionId);
      stopped += 1;
      finishedAt.set(launcher.name, Date.now());
      if (stopped >= files) unfinished.delete(launcher);
      return result;
    };
    // Read by the scheduler each time it starts test files; a launcher's own limit wins.
    if (typeof launcher.concurrency !== 'number') {
      Object.defineProperty(launcher, 'concurrency', { configurable: true, get: () => (unfinished.size <= 1 ? 2 : 1) });
    }
  }
  return launchers;
}
