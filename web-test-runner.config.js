// @ts-check
/**
 * Runs the browser suite in headless system Chromium, headless system Firefox and WebKit
 * (WebKitGTK's MiniBrowser under a virtual display), with the LIS simulator mounted.
 * `E911_BROWSERS` (a comma-separated subset of chromium, firefox, webkit) picks engines; the
 * default is all three.
 */
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, CHROMIUM_ARGS } from './test/support/chromium.js';
import { findFirefox, FIREFOX_PREFS } from './test/support/firefox.js';
import { webkitLauncher } from './test/support/webkit.js';
import { summaryReporter } from './test/support/summary-reporter.js';
import { scheduleEngines } from './test/support/engine-schedule.js';
import { lisSimulatorMiddleware } from './test/support/lis-plugin.js';
import { strictCspMiddleware } from './test/support/strict-csp-middleware.js';
import { dropInMiddleware } from './test/support/drop-in-middleware.js';
import { xmlValidationPlugin } from './test/support/xml-validation-plugin.js';
import { demoScreenshotPlugin } from './test/support/demo-screenshot-plugin.js';
import { focusedKeysPlugin } from './test/support/focused-keys-plugin.js';
import { sipEndpointPlugin } from './test/support/sip-endpoint.js';
import { prebundlePlugin } from './test/support/prebundle-plugin.js';
import { packageNamePlugin } from './test/support/package-name-plugin.js';
import { readmeSnippetsPlugin } from './test/support/readme-snippets-plugin.js';
import { webrtcStandInPlugin } from './test/support/webrtc-stand-in-plugin.js';
import { socketErrorsPlugin } from './test/support/socket-errors-plugin.js';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.E911_BROWSERS || ENGINES.join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length > 0 || wanted.length === 0) {
  throw new Error(`E911_BROWSERS lists ${JSON.stringify(unknown)}; use a comma-separated subset of ${ENGINES.join(', ')}.`);
}

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  // Firefox through puppeteer's WebDriver BiDi: a fresh temporary profile per run,
  // with the prefs in test/support/firefox.js (no background network traffic).
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    }),
  // WebKitGTK through WebKitWebDriver (test/support/webkit.js), the engine of Safari.
  webkit: () => webkitLauncher(),
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // At most two pages at once, one per core on the 2-core CI machines: two engines side by
  // side with one page each, and an engine left alone with two (test/support/engine-schedule.js).
  // Four pages at once (two per engine) finished only ~15 % sooner and starved the Node-side
  // xmllint command. WebKit always runs one page at a time in its one window
  // (test/support/webkit.js), so it starts first (see `browsers`) and is never the engine
  // left alone at the end, where a second page would help.
  // With E911_BROWSERS=webkit alone that stays so: at 2, the element-level deleted-database
  // test (storage-faults) missed the deletion whenever prompt-lifecycle ran beside it
  // (WebKitGTK 2.50).
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 180_000,
  // A bound on hangs, not a speed check. WebKit (JavaScriptCore in WebKitGTK) runs the
  // property tests' thousands of random Unicode street lines several times slower than
  // the other engines, past 10 s on a loaded 2-core machine.
  testFramework: { config: { timeout: wanted.includes('webkit') ? 30_000 : 10_000 } },
  // Started in this order, two at a time (concurrentBrowsers): WebKit first, see above.
  browsers: scheduleEngines(
    ENGINES.filter((name) => wanted.includes(name))
      .sort((a, b) => Number(b === 'webkit') - Number(a === 'webkit'))
      .map((name) => launchers[name]()),
  ),
  middleware: [lisSimulatorMiddleware(), strictCspMiddleware(), dropInMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    xmlValidationPlugin(),
    demoScreenshotPlugin(),
    focusedKeysPlugin(),
    sipEndpointPlugin(),
    prebundlePlugin(),
    packageNamePlugin(),
    readmeSnippetsPlugin(),
    webrtcStandInPlugin(),
    socketErrorsPlugin(),
  ],
  // Lit's one-line dev-mode notice would otherwise be printed for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
