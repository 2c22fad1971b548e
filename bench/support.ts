/** Timing helpers for the bench modules: medians of repeated runs, forced GC, heap reads. */

/** Median of a list of samples (ms). */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` samples of `batch` sequential calls;
 * resolves with the median time of one call in ms. Batches keep sub-millisecond calls
 * above the timer's resolution (100 µs in a page that is not cross-origin isolated).
 */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  { runs = 50, warmup = 5, batch = 1 }: { runs?: number; warmup?: number; batch?: number } = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) await fn();
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

/** `globalThis.gc` exists when Chromium runs with `--js-flags=--expose-gc` (bench/run.js does). */
export async function forceGc(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('No gc(): start Chromium with --js-flags=--expose-gc (npm run bench does).');
  // Several passes with turns between, so finalizers and microtask-held objects go too.
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Used JS heap in bytes; precise with `--enable-precise-memory-info` (bench/run.js sets it). */
export function usedHeap(): number {
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) throw new Error('performance.memory is missing: the heap bench runs in Chromium only.');
  return memory.usedJSHeapSize;
}

/** The next task turn, without the 4 ms clamp nested `setTimeout(0)` gets. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves when `condition()` holds, checked every task turn; rejects after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await nextTask();
  }
}
