// @ts-check
/**
 * Loads the WebRTC stand-in (test/support/webrtc-stand-in.ts) first in the test server's pages
 * that place SIP calls from their own scripts: the softphone example and the README snippets.
 * It installs itself only where the browser has no RTCPeerConnection (Debian's WebKitGTK);
 * the examples' own source is left as a site would serve it.
 */

const STAND_IN = '<script type="module" src="/test/support/install-webrtc-stand-in.ts"></script>';

/** @param {string} path */
const placesCalls = (path) => path === '/examples/softphone/index.html' || /^\/readme-snippets\/\d+\.html$/.test(path);

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function webrtcStandInPlugin() {
  return {
    name: 'e911-webrtc-stand-in',
    transform(context) {
      if (!placesCalls(context.path) || typeof context.body !== 'string') return undefined;
      // First in <head>: module scripts run in document order, so before the page's own.
      const body = context.body.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${STAND_IN}`);
      if (body === context.body) throw new Error(`${context.path} has no <head> for the WebRTC stand-in`);
      return { body };
    },
  };
}
