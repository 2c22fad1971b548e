/** Shared by the SIP.js and JsSIP end-to-end tests: the test server's SIP endpoint, a prompt on the simulator, media without devices. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EmergencyCallLocation } from '../../src/sip/index.js';
import { NETWORK_PLAN } from '../../demo/lis-simulator/network-plan.js';
import { mountPrompt, promptAttributes, type Mounted } from '../components/prompt-helpers.js';

/** What test/support/sip-endpoint.js recorded for one request. */
export type ReceivedRequest = {
  method: string;
  uri: string;
  user: string;
  callId: string;
  cseq: string;
  headers: Record<string, string>;
  contentLength: { declared: number; actual: number };
  body: { kind: string; contentType: string | null; boundary?: string; parts: { headers: Record<string, string>; text: string }[]; error?: string };
  sdp: { text: string; media: { type: string; protocol: string }[] } | null;
  pidf: { text: string; contentId: string | null; valid: boolean; reason: string } | null;
  geolocationCid: string | null;
};

/** The endpoint on the test server (test/support/sip-endpoint.js). */
export function sipServer(): string {
  return `ws://${location.host}/sip`;
}

let users = 0;
/** A SIP user no other test uses, so the endpoint's record can be filtered by it. */
export function uniqueUser(stack: string): string {
  users += 1;
  return `${stack}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}-${users}`;
}

/** What the endpoint received from `user`, oldest first. */
export function receivedFrom(user: string): Promise<ReceivedRequest[]> {
  return executeServerCommand<ReceivedRequest[], { user: string }>('sip-received', { user });
}

/** Waits until the endpoint has a request from `user` that `match` accepts. */
export async function waitForRequest(user: string, match: (request: ReceivedRequest) => boolean, what: string): Promise<ReceivedRequest> {
  const until = Date.now() + 8000;
  for (;;) {
    const found = (await receivedFrom(user)).filter(match);
    if (found.length) return found[found.length - 1];
    if (Date.now() > until) throw new Error(`the SIP endpoint did not receive ${what} from ${user}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A live audio track without a microphone: a WebAudio oscillator. */
export function audioStream(): MediaStream {
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  const destination = context.createMediaStreamDestination();
  oscillator.connect(destination);
  oscillator.start();
  return destination.stream;
}

/** A prompt on the simulator's `scenario` with the demo network plan, the user's SIP URI as PIDF-LO entity. */
export function promptFor(scenario: string, user: string): Mounted {
  return mountPrompt(
    promptAttributes(scenario, {
      'vpn-ips': NETWORK_PLAN.vpnIps.join(' '),
      sites: JSON.stringify(NETWORK_PLAN.sites),
      countries: 'US CA',
      entity: `sip:${user}@example.com`,
      'location-required': 'yes',
    }),
  );
}

/** Reads the PIDF-LO with the browser's XML parser: the civic elements and the method. */
export function readPidf(xml: string): { method: string; civic: Record<string, string>; notes: string } {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const first = (namespace: string, name: string) => doc.getElementsByTagNameNS(namespace, name)[0]?.textContent ?? '';
  const civic: Record<string, string> = {};
  for (const element of doc.getElementsByTagNameNS('urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr', '*')) {
    civic[element.localName] = element.textContent ?? '';
  }
  return { method: first('urn:ietf:params:xml:ns:pidf:geopriv10', 'method'), civic, notes: doc.documentElement.textContent ?? '' };
}

/**
 * What every emergency INVITE (or re-INVITE) with a location must look like to a SIP
 * server: the Geolocation cid naming the PIDF-LO part, multipart/mixed with the stack's SDP
 * first and intact (`stackSdp` null: a request without a new offer, the PIDF-LO only), a PIDF-LO valid against the schemas, the right Content-Length.
 */
export function expectLocationRequest(request: ReceivedRequest, answer: EmergencyCallLocation, stackSdp: string | null): void {
  expect(request.contentLength.declared, 'Content-Length').to.equal(request.contentLength.actual);
  expect(request.headers['geolocation-routing'], 'Geolocation-Routing').to.equal('yes');
  expect(request.headers.geolocation, 'Geolocation').to.equal(answer.headers.Geolocation);
  expect(request.body.kind, request.body.error).to.equal('multipart');
  expect(request.body.contentType).to.equal('multipart/mixed');
  const types = stackSdp === null ? ['application/pidf+xml'] : ['application/sdp', 'application/pidf+xml'];
  expect(request.body.parts.map((part) => part.headers['content-type'])).to.deep.equal(types);
  expect(request.geolocationCid, 'cid in Geolocation').to.be.a('string');
  expect(request.pidf?.contentId, 'Content-ID of the PIDF-LO part').to.equal(request.geolocationCid);
  expect(request.pidf?.valid, request.pidf?.reason).to.equal(true);
  expect(request.pidf?.text).to.equal(answer.pidfLo);
  if (stackSdp === null) return;
  expect(request.sdp?.media.map((media) => media.type)).to.deep.equal(['audio']);
  expect(request.sdp?.text, 'the SDP part is the SDP the stack produced, byte for byte').to.equal(stackSdp);
}
