// @ts-check
/**
 * Remembers why the test runner's process is ending, for the one case nothing else
 * explains: a three-engine run has twice ended with exit code 1 and no output at all.
 * It records who called `process.exit` (a stack) and which signal arrived; the summary
 * reporter prints that when the run ends before its summary. Nothing here changes how or
 * when the process exits.
 */

/** @type {string[]} */
const witnessed = [];

/** What was seen on the way out, one line each (empty when the run ended normally). */
export function exitEvidence() {
  return [...witnessed];
}

const exit = process.exit.bind(process);
process.exit = /** @type {typeof process.exit} */ ((code) => {
  if (witnessed.length < 5) {
    const stack = (new Error().stack ?? '').split('\n').slice(2, 9).map((frame) => frame.trim()).join(' < ');
    witnessed.push(`process.exit(${code ?? ''}) called from ${stack}`);
  }
  return exit(code);
});

for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGHUP', 'SIGTERM'])) {
  // Once: the listener notes the signal, then sends it again to meet the default action.
  process.once(signal, () => {
    witnessed.push(`received ${signal}`);
    process.stderr.write(`\nThe test runner received ${signal}.\n`);
    process.kill(process.pid, signal);
  });
}
