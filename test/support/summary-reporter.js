// @ts-check
/**
 * A @web/test-runner reporter that ends the run with one plain line,
 * `N passed, N failed, N skipped`, so CI can read the outcome. A test file that
 * fails to load (or fails outside any test) counts as one failed test. The line before it
 * says when each engine finished its last test file, for keeping CI time in view.
 */

/** @param {any} suite @param {{ passed: number, failed: number, skipped: number }} counts */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** @param {any[]} sessions */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    const failedOutsideTests = !session.passed && counts.failed === before;
    if (failedOutsideTests) counts.failed += 1;
  }
  return counts;
}

/** @param {any} suite @param {(duration: number) => void} visit */
function eachDuration(suite, visit) {
  if (!suite) return;
  for (const test of suite.tests ?? []) if (typeof test.duration === 'number') visit(test.duration);
  for (const child of suite.suites ?? []) eachDuration(child, visit);
}

/** @param {any[]} sessions @returns {Map<string, number>} engine name → its slowest test, in ms */
function slowestTests(sessions) {
  const slowest = new Map();
  for (const session of sessions) {
    const name = session.browser?.name ?? '?';
    eachDuration(session.testResults, (duration) => slowest.set(name, Math.max(slowest.get(name) ?? 0, duration)));
  }
  return slowest;
}

/** @type {Map<string, number>} engine name → when its last test file finished */
const finishedAt = new Map();

/**
 * Records when `launcher` finishes each test file (its stopSession), so the summary can say
 * when each engine was done. Returns the launcher.
 * @template {import('@web/test-runner').BrowserLauncher} L
 * @param {L} launcher
 * @returns {L}
 */
export function timedLauncher(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    finishedAt.set(launcher.name, Date.now());
    return result;
  };
  return launcher;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let line = '';
  let startedAt = Date.now();
  /** @type {Map<string, number>} */
  let slowest = new Map();
  return {
    start() {
      startedAt = Date.now();
      // The default reporter prints its own summary after every reporter's stop(),
      // so the closing line is written when the process exits.
      process.once('exit', () => {
        const engines = [...finishedAt]
          .map(([name, at]) => `${name} ${Math.round((at - startedAt) / 1000)} s (slowest test ${((slowest.get(name) ?? 0) / 1000).toFixed(1)} s)`)
          .join(', ');
        if (line) process.stdout.write(`\n${engines ? `Engines done after: ${engines}\n` : ''}${line}\n`);
      });
    },
    stop({ sessions }) {
      const { passed, failed, skipped } = countSessions(sessions);
      line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
      slowest = slowestTests(sessions);
    },
  };
}
