// @ts-check
/** Finds the system Firefox the browser tests also run in, and the prefs it runs with. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['firefox-esr', 'firefox'];
/** /usr/bin first (Debian's firefox-esr), then the PATH, as .ci/run looks for it. */
const CANDIDATES = [
  ...NAMES.map((name) => join('/usr/bin', name)),
  ...NAMES.flatMap((name) => (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name))),
];

/** @returns {string} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found for the browser tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install firefox-esr`), set FIREFOX_PATH to a Firefox executable, ' +
      'or run Chromium only with E911_BROWSERS=chromium.',
  );
}

/**
 * Preferences written to the fresh profile puppeteer creates for each run, on top of
 * puppeteer's own test defaults. The machines running the suite have no outside
 * network: every background request Firefox would make (updates, telemetry, safe
 * browsing lists, captive-portal and connectivity probes) is switched off, so none
 * waits on a timeout or reports the network as down to the page.
 * @type {Record<string, string | number | boolean>}
 */
export const FIREFOX_PREFS = {
  // navigator.storage.persist() asks the user in Firefox; with nobody to answer, the
  // question would stay open forever. The testing prefs answer it: the user says no.
  'dom.storageManager.prompt.testing': true,
  'dom.storageManager.prompt.testing.allow': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Without these, offline detection follows the (absent) outside network, not the page's.
  'network.manage-offline-status': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'services.settings.server': 'data:,',
  'dom.disable_open_during_load': false,
  // Focus and keyboard tests run in pages that are not the foreground window: in test
  // mode Firefox gives each one focus events as if it were.
  'focusmanager.testmode': true,
  // With two pages at once one is a background tab: without these its timers would wait
  // at least 1 s and its refresh driver would tick once a second (layout.throttled_frame_rate).
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'layout.throttled_frame_rate': 60,
};
