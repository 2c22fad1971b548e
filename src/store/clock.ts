/** Timestamps for saves: ISO 8601, strictly increasing within the page so "most recent" is never a tie. */

let last = 0;

/** Now as ISO 8601, at least one millisecond after the previous call in this page. */
export function nextTimestamp(now: number = Date.now()): string {
  last = Math.max(now, last + 1);
  return new Date(last).toISOString();
}
