/**
 * Fails with the command to run when `url`, a file `npm run build` writes, is not served:
 * the package tests load the built files. `npm test` builds first.
 */
export async function expectBuilt(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): run \`npm run build\` before the browser tests.`);
}
