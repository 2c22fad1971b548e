// @ts-check
/**
 * WebKit for the browser suite: WebKitGTK's MiniBrowser driven by WebKitWebDriver
 * (Debian `webkit2gtk-driver`), under a virtual display from `xvfb-run`, through
 * @web/test-runner's WebDriver launcher.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));
}

const INSTALL_HINT =
  'Install it (Debian/Ubuntu: `sudo apt-get install webkit2gtk-driver xvfb xauth`), ' +
  'run `npm test`, which installs what is missing, or leave WebKit out with ' +
  'E911_BROWSERS=chromium,firefox.';

/** The WebKitWebDriver, MiniBrowser and xvfb-run executables, or an error saying how to get them. */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER_PATH || onPath('WebKitWebDriver');
  if (!driver || !existsSync(driver)) throw new Error(`No WebKitWebDriver found for the WebKit tests. ${INSTALL_HINT}`);
  const browser = process.env.WEBKIT_MINIBROWSER_PATH || MINIBROWSER_CANDIDATES.find((path) => existsSync(path));
  if (!browser || !existsSync(browser)) throw new Error(`No WebKitGTK MiniBrowser found for the WebKit tests. ${INSTALL_HINT}`);
  // A display is needed: an existing one is used as is, else a virtual one from xvfb-run.
  const xvfbRun = process.env.DISPLAY ? undefined : onPath('xvfb-run');
  if (!process.env.DISPLAY && !xvfbRun) throw new Error(`No display and no xvfb-run for the WebKit tests. ${INSTALL_HINT}`);
  return { driver, browser, xvfbRun };
}

/**
 * A GTK configuration folder whose user style sheet shrinks MiniBrowser's own toolbar:
 * with its stock toolbar the window cannot be narrower than about 447 px, so a 320 px
 * phone viewport could not be tested. Only GTK widgets are styled; web content is not.
 */
function gtkConfigHome() {
  const dir = mkdtempSync(join(tmpdir(), 'e911-webkit-gtk-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0', 'gtk.css'),
    'headerbar, headerbar *, toolbar, toolbar *, entry, button, button * { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 4px; }\n',
  );
  return dir;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Resolves once something accepts connections on the port; bounded so a broken driver fails the run.
 * @param {number} port
 * @param {number} timeoutMs
 */
async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms.`);
}

/** WebDriver key codes for the key names tests press (W3C WebDriver, "keyboard actions"). */
const KEYS = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', Backspace: '\uE003', Space: ' ', ArrowDown: '\uE015', ArrowUp: '\uE013' };

/**
 * The few page operations the suite's commands use (set-viewport, send-mouse, focused-press,
 * demo-screenshot), over the WebDriver session. One window per engine, so the test's
 * page is always the front one.
 * @param {any} driver webdriverio's browser object
 */
function pageAdapter(driver) {
  /** @param {string} key */
  const code = (key) => {
    if (key.length === 1) return key;
    const mapped = /** @type {Record<string, string>} */ (KEYS)[key];
    if (!mapped) throw new Error(`The WebKit launcher cannot press ${JSON.stringify(key)}; add it to KEYS in test/support/webkit.js.`);
    return mapped;
  };
  /** @returns {Promise<number[]>} inner then outer width and height of the page's window */
  const sizes = () => driver.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]');
  /** @param {{ width: number, height: number }} size */
  const setViewportSize = async ({ width, height }) => {
    // WebDriver sizes the window; the viewport is smaller by the window's own chrome
    // (MiniBrowser's toolbar), which the page measures as outer minus inner size. GTK
    // resizes asynchronously, so the viewport is awaited (bounded) rather than read at once:
    // read mid-resize it gave a negative window size.
    const [innerW, innerH, outerW, outerH] = await sizes();
    await driver.setWindowSize(width + Math.max(0, outerW - innerW), height + Math.max(0, outerH - innerH));
    const deadline = Date.now() + 5_000;
    for (;;) {
      const [w, h] = await sizes();
      if (w === width && h === height) return;
      if (Date.now() > deadline) throw new Error(`WebKit's viewport stayed ${w}×${h} px; ${width}×${height} px was asked for.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  /** @param {string} [button] */
  const buttonCode = (button = 'left') => ({ left: 0, middle: 1, right: 2 })[/** @type {'left'} */ (button)] ?? 0;
  /** @param {object[]} actions one W3C pointer sequence of the mouse */
  const pointer = (actions) =>
    driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  /**
   * The stock send-mouse command, seeing type 'playwright', calls page.mouse; positions are
   * CSS pixels of the viewport, which is what WebDriver's 'viewport' origin means too.
   * @param {number} x
   * @param {number} y
   */
  const move = (x, y) => ({ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 });
  const mouse = {
    /** @param {number} x @param {number} y */
    move: (x, y) => pointer([move(x, y)]),
    /** @param {number} x @param {number} y @param {{ button?: string }} [options] */
    click: (x, y, options = {}) =>
      pointer([move(x, y), { type: 'pointerDown', button: buttonCode(options.button) }, { type: 'pointerUp', button: buttonCode(options.button) }]),
    /** @param {{ button?: string }} [options] */
    down: (options = {}) => pointer([{ type: 'pointerDown', button: buttonCode(options.button) }]),
    /** @param {{ button?: string }} [options] */
    up: (options = {}) => pointer([{ type: 'pointerUp', button: buttonCode(options.button) }]),
    reset: () => driver.releaseActions(),
  };
  return {
    setViewportSize,
    setViewport: setViewportSize,
    mouse,
    bringToFront: async () => undefined,
    keyboard: {
      /** @param {string} key */
      press: (key) => driver.keys([code(key)]),
      /** @param {string} text */
      type: (text) => driver.keys(text.split('')),
    },
    /** @param {{ path: string }} options fullPage is not available over WebDriver: the viewport is saved. */
    screenshot: ({ path }) => driver.saveScreenshot(path),
  };
}

/**
 * The launcher: starts WebKitWebDriver on a free local port when the run starts (under
 * xvfb-run when there is no display) and stops it with the run.
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
export function webkitLauncher() {
  const { driver, browser, xvfbRun } = findWebKit();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {string | undefined} */
  let configHome;
  /** @type {any} */
  let inner;

  const launcher = {
    name: 'WebKit',
    // Said to be 'playwright' so that the stock set-viewport command (which knows only
    // puppeteer and playwright) reaches getPage() below; every other command of the suite
    // is ours (test/support/*-plugin.js) or does not branch on the type.
    type: 'playwright',
    /** A page-shaped adapter over the session's WebDriver window (see pageAdapter). */
    getPage() {
      if (!inner?.driver) throw new Error('The WebKit session has not started yet.');
      return pageAdapter(inner.driver);
    },
    // One page at a time in one window (the WebDriver launcher's SessionManager): its other
    // mode runs test files in iframes of one page, where focus and dialogs behave unlike a tab.
    concurrency: 1,
    /**
     * @param {any} config
     * @param {string[]} testFiles
     */
    async initialize(config, testFiles) {
      const port = await freePort();
      const command = xvfbRun
        ? [xvfbRun, ['--auto-servernum', '--server-args=-screen 0 1280x1024x24', driver, `--port=${port}`, '--host=local']]
        : [driver, [`--port=${port}`, '--host=local']];
      // A process group of its own, so stopping it also ends Xvfb and the browsers it started.
      configHome = gtkConfigHome();
      child = spawn(/** @type {string} */ (command[0]), /** @type {string[]} */ (command[1]), {
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true,
        env: { ...process.env, XDG_CONFIG_HOME: configHome },
      });
      let stderr = '';
      child.stderr?.on('data', (chunk) => { stderr = (stderr + chunk).slice(-2000); });
      try {
        await waitForPort(port, 15_000);
      } catch (error) {
        throw new Error(`${/** @type {Error} */ (error).message} Its output: ${stderr}`);
      }
      inner = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for BiDi.
          'wdio:enforceWebDriverClassic': true,
          // Navigation commands return once the navigation has started; they do not wait for
          // the page's load. The test page reports by itself when its tests start (and the
          // runner bounds that wait), and WebKitGTK 2.50 has left navigations unanswered after
          // pages that had done their work (see stopSession and startSession below).
          pageLoadStrategy: 'none',
          // @ts-expect-error WebKitGTK's own capability
          // The Storage API (navigator.storage, persist()) is on in Safari but off by default in
          // WebKitGTK's MiniBrowser; switched on so the suite tests what Safari users get.
          'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate'] },
        },
      });
      await inner.initialize({ ...config, concurrency: 1 }, testFiles);
    },
    /**
     * Opens a test file's page. @web/test-runner-webdriver starts the navigation without
     * waiting for it (the page reports when its tests start) and leaves its failure
     * unhandled, which Node treats as fatal: a navigation aborted by a session reload ended
     * a whole three-engine run with exit code 1. Here the failure is caught and said; a page
     * that then never starts fails its test file through the runner's start timeout.
     * @param {string} sessionId
     * @param {string} url
     */
    async startSession(sessionId, url) {
      await inner.ensureManagerInitialized();
      inner.driverManager.startSession(sessionId, url).catch((/** @type {Error} */ error) => {
        console.warn(`WebKit: opening the test file failed (${error?.message ?? error}).`);
      });
    },
    /**
     * Own, not through the Proxy below, so it exists before the run (the engine schedule wraps it).
     * Ending a test file navigates the window to about:blank. WebKitGTK 2.50 once never
     * answered that navigation after a file whose tests had all passed and been reported
     * (WebDriver "url" timed out after 120 s, 1 file in ~2,600 tests): the window is then
     * unusable, so the launcher says so and continues in a fresh browser session instead
     * of failing a file that passed. Any other failure (the page's results could not be
     * read, say) still fails the file.
     * @param {string} sessionId
     */
    async stopSession(sessionId) {
      try {
        return await inner.stopSession(sessionId);
      } catch (error) {
        // Only the closing navigation (webdriverio names the command: `running "url"`).
        if (!/running "url"/.test(String(/** @type {Error} */ (error)?.message))) throw error;
        console.warn(`WebKit: the window did not leave the finished test file (${/** @type {Error} */ (error).message}); continuing in a new browser session.`);
        await inner.driver.reloadSession();
        return { testCoverage: undefined };
      }
    },
    async stop() {
      await inner?.stop();
      if (child?.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      child = undefined;
      if (configHome) rmSync(configHome, { recursive: true, force: true });
      configHome = undefined;
    },
  };
  // Everything else (sessions, keys, mouse, screenshots) is the WebDriver launcher's.
  return /** @type {import('@web/test-runner').BrowserLauncher} */ (/** @type {unknown} */ (new Proxy(launcher, {
    get(target, property, receiver) {
      if (property in target) return Reflect.get(target, property, receiver);
      const value = inner?.[property];
      return typeof value === 'function' ? value.bind(inner) : value;
    },
    has(target, property) {
      return property in target || (inner ? property in inner : false);
    },
  })));
}
