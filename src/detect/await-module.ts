/** Waiting, within a time bound, for a module that detection loads while its requests are under way. */
import { describe } from './read-body.js';

/**
 * Waits for a module loaded with `import()` (started while a request was under way), no
 * longer than `signal` allows: a chunk that never arrives must not outlast the time bound.
 * Gives the module, or a problem naming it.
 */
export async function awaitModule<M>(module: Promise<M>, signal: AbortSignal, name: string): Promise<M | string> {
  try {
    return await Promise.race([
      module,
      new Promise<never>((_, reject) => {
        const stop = () => reject(signal.reason);
        if (signal.aborted) stop();
        else signal.addEventListener('abort', stop, { once: true });
      }),
    ]);
  } catch (error) {
    return `the ${name} ${signal.aborted ? 'did not load in time' : `could not be loaded (${describe(error)})`}`;
  }
}
