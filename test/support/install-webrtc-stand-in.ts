/**
 * Imported first by the SIP tests, and loaded first in the pages of the softphone example and
 * the README snippets by the test server: a WebRTC stand-in where the browser has none
 * (Debian's WebKitGTK), nothing elsewhere. See webrtc-stand-in.ts.
 */
import { installWebRtcStandIn } from './webrtc-stand-in.js';

installWebRtcStandIn();
