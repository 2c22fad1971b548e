// @ts-check
/**
 * @web/test-runner command `focused-press`: brings the test's page to the front, then
 * presses a key there. With several pages open at once (concurrency), a key sent to a
 * page in the background never reaches it, so native behaviour (Escape → dialog
 * `cancel`) could not be tested reliably with `sendKeys`.
 * Works on puppeteer pages in Chromium (CDP) and Firefox (WebDriver BiDi), and in WebKit
 * through the launcher's page adapter (test/support/webkit.js).
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function focusedKeysPlugin() {
  return {
    name: 'e911-focused-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'focused-press') return undefined;
      const { key } = /** @type {{ key: string }} */ (payload ?? {});
      if (typeof key !== 'string' || key.length === 0 || key.length > 40) throw new Error('focused-press: give { key }, e.g. { key: "Escape" }');
      const browser = /** @type {any} */ (session.browser);
      if (typeof browser.getPage !== 'function') throw new Error('focused-press needs a launcher with getPage() (puppeteer, or the WebKit launcher).');
      const page = browser.getPage(session.id);
      await page.bringToFront();
      await page.keyboard.press(key);
      return true;
    },
  };
}
