/** Networks the prompt has asked about in this page session: at most one automatic prompt per network. */

// Module state on purpose: the promise is per page session, so an element the page
// re-creates (a single-page app changing views) must not ask again on the same network.
const asked = new Set<string>();

/**
 * Records that the user is being asked about `network` for this database and user.
 * Returns false when they were already asked in this page session.
 */
export function markAsked(scope: { dbName: string; userId: string }, network: string): boolean {
  const key = JSON.stringify([scope.dbName, scope.userId, network]);
  if (asked.has(key)) return false;
  asked.add(key);
  return true;
}

/** Forgets every network asked about for this database and user: their saved places are gone, so each may be asked again. */
export function forgetAsked(scope: { dbName: string; userId: string }): void {
  const prefix = JSON.stringify([scope.dbName, scope.userId]).slice(0, -1);
  for (const key of [...asked]) if (key.startsWith(`${prefix},`)) asked.delete(key);
}
