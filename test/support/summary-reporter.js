// @ts-check
/**
 * A @web/test-runner reporter that ends the run with one plain line,
 * `N passed, N failed, N skipped`, so CI can read the outcome. A test file that
 * fails to load (or fails outside any test) counts as one failed test. The lines before it
 * say when each engine finished its last test file, its slowest test and its three slowest
 * test files, for keeping CI time and the test timeout in view.
 */
import { exitEvidence } from './exit-witness.js';
import { finishedAt } from './engine-schedule.js';

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

/** @param {any} suite @param {(duration: number, name: string) => void} visit */
function eachDuration(suite, visit) {
  if (!suite) return;
  for (const test of suite.tests ?? []) if (typeof test.duration === 'number') visit(test.duration, test.name);
  for (const child of suite.suites ?? []) eachDuration(child, visit);
}

/** @param {any[]} sessions @returns {Map<string, { ms: number, test: string }>} engine name → its slowest test */
function slowestTests(sessions) {
  /** @type {Map<string, { ms: number, test: string }>} */
  const slowest = new Map();
  for (const session of sessions) {
    const engine = session.browser?.name ?? '?';
    eachDuration(session.testResults, (ms, name) => {
      if (ms > (slowest.get(engine)?.ms ?? -1)) slowest.set(engine, { ms, test: `${session.testFile.replace(/^.*?\/test\//, 'test/')}: ${name}` });
    });
  }
  return slowest;
}

/** @param {any[]} sessions @returns {Map<string, string>} engine name → its three test files whose tests took longest, summed */
function slowestFiles(sessions) {
  /** @type {Map<string, { ms: number, file: string }[]>} */
  const files = new Map();
  for (const session of sessions) {
    const engine = session.browser?.name ?? '?';
    let ms = 0;
    eachDuration(session.testResults, (duration) => {
      ms += duration;
    });
    files.set(engine, [...(files.get(engine) ?? []), { ms, file: session.testFile.replace(/^.*?\/test\//, 'test/') }]);
  }
  return new Map(
    [...files].map(([engine, list]) => [
      engine,
      list
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map(({ ms, file }) => `${file} ${(ms / 1000).toFixed(0)} s`)
        .join(', '),
    ]),
  );
}

/** @param {any} suite @param {(name: string, error: any) => void} visit @param {string} [path] */
function eachFailure(suite, visit, path = '') {
  if (!suite) return;
  for (const test of suite.tests ?? []) if (!test.passed && !test.skipped) visit(`${path}${test.name}`, test.error);
  for (const child of suite.suites ?? []) eachFailure(child, visit, `${path}${child.name} > `);
}

/**
 * What failed in the test files finished so far, a line each. The runner's own reporter
 * reports a file only when every engine has run it, so a run that stops early never shows
 * a failure from a file another engine had not reached.
 * @param {any[]} sessions
 * @returns {string[]}
 */
export function failuresSoFar(sessions) {
  /** @type {string[]} */
  const lines = [];
  for (const session of sessions) {
    if (session.status !== 'FINISHED' || session.passed) continue;
    const where = `${session.browser?.name ?? '?'} ${session.testFile.replace(/^.*?\/test\//, 'test/')}`;
    const firstLine = (/** @type {any} */ error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);
    for (const error of session.errors ?? []) lines.push(`${where}: ${firstLine(error)}`);
    eachFailure(session.testResults, (name, error) => lines.push(`${where}: ${name}: ${firstLine(error)}`));
  }
  return lines;
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let line = '';
  let startedAt = Date.now();
  /** @type {Map<string, { ms: number, test: string }>} */
  let slowest = new Map();
  /** @type {Map<string, string>} */
  let heaviest = new Map();
  /** @type {{ all(): Iterable<any> } | undefined} */
  let allSessions;
  return {
    start({ sessions }) {
      startedAt = Date.now();
      allSessions = sessions;
      // The default reporter prints its own summary after every reporter's stop(),
      // so the closing line is written when the process exits.
      process.once('exit', (code) => {
        const engines = [...finishedAt].map(([name, at]) => {
          const test = slowest.get(name);
          const files = heaviest.get(name);
          return `  ${name}: done after ${Math.round((at - startedAt) / 1000)} s${test ? `; slowest test ${(test.ms / 1000).toFixed(1)} s, ${test.test}` : ''}${files ? `; slowest files ${files}` : ''}\n`;
        });
        if (line) process.stdout.write(`\n${engines.length ? `Engines:\n${engines.join('')}` : ''}${line}\n`);
        // A three-engine run has twice ended with exit code 1 and no word at all: say at
        // least that it ended early, when, and which engines had finished.
        else {
          const evidence = exitEvidence().map((item) => `  ${item}\n`).join('');
          const failures = failuresSoFar(allSessions ? [...allSessions.all()] : []).map((item) => `  ${item}\n`).join('');
          process.stderr.write(
            `\nThe test runner exited (code ${code}) ${Math.round((Date.now() - startedAt) / 1000)} s after starting, before its summary. Engines finished: ${[...finishedAt.keys()].join(', ') || 'none'}.\n${evidence}` +
              (failures ? `Failed so far:\n${failures}` : ''),
          );
        }
      });
    },
    stop({ sessions }) {
      const { passed, failed, skipped } = countSessions(sessions);
      line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
      slowest = slowestTests(sessions);
      heaviest = slowestFiles(sessions);
    },
  };
}
