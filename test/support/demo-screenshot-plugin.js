// @ts-check
/**
 * @web/test-runner commands `demo-screenshot` (saves a PNG of the page under test to
 * test-results/<folder>/<name>.png from Chromium and test-results/<folder>/firefox/<name>.png
 * from Firefox, the demo's screenshots for UX review) and `demo-bring-to-front` (so that a
 * page in a background tab gets animation frames). Both work on puppeteer pages, which
 * drive Chromium through CDP and Firefox through WebDriver BiDi, and on the WebKit
 * launcher's page adapter (test/support/webkit.js; viewport-sized pictures only).
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]{0,80}$/i;

/**
 * @param {{ outDir?: string }} [options]
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function demoScreenshotPlugin(options = {}) {
  const root = resolve(options.outDir ?? 'test-results');
  return {
    name: 'e911-demo-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command === 'demo-bring-to-front') {
        // A background tab gets no animation frames: tests that wait for rendering ask for the front.
        await /** @type {any} */ (session.browser).getPage(session.id).bringToFront();
        return true;
      }
      if (command !== 'demo-screenshot') return undefined;
      const { folder = 'demo', name, fullPage = false } = /** @type {{ folder?: string, name: string, fullPage?: boolean }} */ (payload ?? {});
      if (!SAFE_NAME.test(folder) || !SAFE_NAME.test(name)) {
        throw new Error(`demo-screenshot: folder and name must be plain file names (got ${JSON.stringify({ folder, name })}).`);
      }
      const browser = /** @type {any} */ (session.browser);
      if (typeof browser.getPage !== 'function') {
        throw new Error('demo-screenshot needs a launcher with getPage() (puppeteer, or the WebKit launcher).');
      }
      const page = browser.getPage(session.id);
      // Every engine runs the same tests: each keeps its own pictures instead of overwriting the others'.
      const engine = browser.launchOptions?.browser === 'firefox' ? 'firefox' : browser.name === 'WebKit' ? 'webkit' : '';
      const dir = engine ? join(root, folder, engine) : join(root, folder);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      // With several test files in parallel the page may be a background tab, which
      // produces no frames: bring it to the front, and bound the wait anyway.
      await page.bringToFront();
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`demo-screenshot: ${name} took over 20 s.`)), 20_000);
      });
      try {
        await Promise.race([page.screenshot({ path, fullPage }), timeout]);
      } finally {
        clearTimeout(timer);
      }
      return { path: relative(process.cwd(), path) };
    },
  };
}
