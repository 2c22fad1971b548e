// @ts-check
/**
 * A @web/test-runner reporter that ends the run with one plain line,
 * `N passed, N failed, N skipped`, so CI can read the outcome. A test file that
 * fails to load (or fails outside any test) counts as one failed test.
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

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let line = '';
  return {
    start() {
      // The default reporter prints its own summary after every reporter's stop(),
      // so the closing line is written when the process exits.
      process.once('exit', () => {
        if (line) process.stdout.write(`\n${line}\n`);
      });
    },
    stop({ sessions }) {
      const { passed, failed, skipped } = countSessions(sessions);
      line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
    },
  };
}
