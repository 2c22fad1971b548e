// @ts-check
/**
 * Remembers why the test runner's process is ending, for the one case nothing else
 * explains: a three-engine run has twice ended with exit code 1 and no output at all.
 * It records who called `process.exit` (a stack) and which signal arrived; the summary
 * reporter prints that when the run ends before its summary. It changes how the process
 * exits in one way only: the exit waits 100 ms for the runner's buffered console.
 */

import { TestRunner } from '@web/test-runner-core';

/** @type {string[]} */
const witnessed = [];

/** A few frames of the current stack, skipping this module's own. */
function caller() {
  return (new Error().stack ?? '').split('\n').slice(3, 10).map((frame) => frame.trim()).join(' < ');
}

/** What was seen on the way out, one line each (empty when the run ended normally). */
export function exitEvidence() {
  return [...witnessed];
}

/**
 * How long an exit waits for the runner's console. @web/test-runner buffers console output
 * while its progress display is on and writes it on a 0 ms timer; an exit straight after a
 * stop lost what was buffered (a failed file's report, its own "Uncaught exception" line).
 */
const CONSOLE_FLUSH_MS = 100;
const exit = process.exit.bind(process);
let exiting = false;
process.exit = /** @type {typeof process.exit} */ ((code) => {
  if (witnessed.length < 8) witnessed.push(`process.exit(${code ?? ''}) called from ${caller()}`);
  // A second call (a signal handler, say) does not wait again.
  if (exiting) return exit(code);
  exiting = true;
  setTimeout(() => exit(code), CONSOLE_FLUSH_MS);
  return /** @type {never} */ (undefined);
});

// The runner ends early through its own stop(), with or without an error: which one, and
// from where. It prints an Error itself, but not a rejection reason that is not an Error.
const stop = TestRunner.prototype.stop;
TestRunner.prototype.stop = function witnessedStop(/** @type {unknown} */ error) {
  if (!this.stopped) {
    const reason = error === undefined ? 'no error' : error instanceof Error ? `${error.name}: ${error.message}` : `a non-Error ${String(JSON.stringify(error) ?? error).slice(0, 300)}`;
    witnessed.push(`runner.stop(${reason}) called from ${caller()}`);
  }
  return stop.call(this, error);
};

// The runner's own SIGINT listener stops it (exit code 1); noted here, the listener stays the runner's.
process.on('SIGINT', () => witnessed.push('received SIGINT'));

// The runner's own uncaughtException listener prints the error through its buffered console
// and stops; the process can exit before that buffer is written, which would end a run with
// no word. The error is kept here too. The runner's listener already keeps Node from
// crashing; before it is added (while the config loads) this listener does what Node would
// have done without it: print the error and exit with code 1. Unhandled rejections arrive
// here as well (origin 'unhandledRejection', Node's default mode).
process.on('uncaughtException', (error, origin) => {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `a non-Error ${String(JSON.stringify(error) ?? error)}`;
  if (witnessed.length < 8) witnessed.push(`${origin}: ${text.split('\n').slice(0, 8).join(' < ').slice(0, 1500)}`);
  if (process.listenerCount('uncaughtException') === 1) {
    process.stderr.write(`${text}\n`);
    exit(1);
  }
});

for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGHUP', 'SIGTERM'])) {
  // Once: the listener notes the signal, then sends it again to meet the default action.
  process.once(signal, () => {
    witnessed.push(`received ${signal}`);
    process.stderr.write(`\nThe test runner received ${signal}.\n`);
    process.kill(process.pid, signal);
  });
}
