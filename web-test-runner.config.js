// @ts-check
/** Runs the browser suite in headless system Chromium, with the LIS simulator mounted. */
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, CHROMIUM_ARGS } from './test/support/chromium.js';
import { summaryReporter } from './test/support/summary-reporter.js';
import { lisSimulatorMiddleware } from './test/support/lis-plugin.js';
import { strictCspMiddleware } from './test/support/strict-csp-middleware.js';
import { xmlValidationPlugin } from './test/support/xml-validation-plugin.js';
import { demoScreenshotPlugin } from './test/support/demo-screenshot-plugin.js';
import { focusedKeysPlugin } from './test/support/focused-keys-plugin.js';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  middleware: [lisSimulatorMiddleware(), strictCspMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    xmlValidationPlugin(),
    demoScreenshotPlugin(),
    focusedKeysPlugin(),
  ],
  // Lit's one-line dev-mode notice would otherwise be printed for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
