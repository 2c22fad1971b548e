// Where the browser has no WebRTC (Debian's WebKitGTK), a stand-in: see test/support/webrtc-stand-in.ts.
import '../support/install-webrtc-stand-in.js';
import { expect, waitUntil } from '@open-wc/testing';
import * as JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession.js';
import { jsSipCallOptions, jsSipUpdateLocation, type EmergencyCallLocation } from '../../src/sip/index.js';
import { cleanupPrompts, saveAddress, settled } from '../components/prompt-helpers.js';
import { US_ADDRESS } from '../components/helpers.js';
import { audioStream, expectLocationRequest, promptFor, readPidf, sipServer, uniqueUser, waitForRequest } from './helpers.js';

const EMERGENCY = 'sip:911@example.com;user=phone';
const agents: JsSIP.UA[] = [];

async function registeredAgent(user: string): Promise<JsSIP.UA> {
  const userAgent = new JsSIP.UA({ sockets: [new JsSIP.WebSocketInterface(sipServer())], uri: `sip:${user}@example.com`, session_timers: false });
  agents.push(userAgent);
  const registered = new Promise<void>((resolve, reject) => {
    userAgent.on('registered', () => resolve());
    userAgent.on('registrationFailed', (event) => reject(new Error(`JsSIP did not register: ${event.cause}`)));
  });
  userAgent.start();
  await registered;
  return userAgent;
}

/** Places the call the way a JsSIP softphone does, recording the SDP JsSIP produced for its offer. */
async function call(userAgent: JsSIP.UA, answer: EmergencyCallLocation): Promise<{ session: RTCSession; offers: string[] }> {
  const offers: string[] = [];
  const session = userAgent.call(
    EMERGENCY,
    jsSipCallOptions(answer, {
      mediaStream: audioStream(),
      eventHandlers: {
        sdp: (event: { originator: string; type: string; sdp: string }) => {
          if (event.originator === 'local' && event.type === 'offer') offers.push(event.sdp);
        },
      },
    }),
  );
  await waitUntil(() => session.isEstablished(), 'the call was not answered', { timeout: 8000 });
  return { session, offers };
}

afterEach(async () => {
  for (const userAgent of agents.splice(0)) userAgent.stop();
  await cleanupPrompts();
});

describe('e911-location/sip with JsSIP over WebSocket', function () {
  this.timeout(30_000);

  it('registers, sends a typed address as PIDF-LO (Manual, unvalidated) and sends an UPDATE with the address saved during the call', async () => {
    const user = uniqueUser('jssip');
    const m = promptFor('hotel', user);
    await settled(m);
    await saveAddress(m, US_ADDRESS);
    const userAgent = await registeredAgent(user);
    expect((await waitForRequest(user, (r) => r.method === 'REGISTER', 'a REGISTER')).uri).to.equal('sip:example.com');

    const answer = await m.el.getEmergencyLocation();
    const { session, offers } = await call(userAgent, answer);
    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.uri).to.equal(EMERGENCY);
    expect(offers).to.have.length(1);
    expectLocationRequest(invite, answer, offers[0]);
    const sent = readPidf(invite.pidf?.text ?? '');
    expect(sent.method).to.equal('Manual');
    expect(sent.civic).to.include({ HNO: '123', RD: 'Main', A3: 'Springfield', A1: 'IL' });
    expect(sent.notes).to.match(/unvalidated|not validated|confirm/i);

    let newAnswer: EmergencyCallLocation | null = null;
    const updated = new Promise<boolean>((resolve, reject) => {
      m.el.addEventListener('e911-location-change', async () => {
        newAnswer = await m.el.getEmergencyLocation();
        jsSipUpdateLocation(session, newAnswer).then(resolve, reject);
      }, { once: true });
    });
    m.el.show();
    await saveAddress(m, { label: 'Hotel', country: 'US', street: '200 E Randolph St', LOC: 'Room 1412', A3: 'Chicago', A1: 'IL', PC: '60601' });
    expect(await updated).to.equal(true);

    const update = await waitForRequest(user, (r) => r.method === 'UPDATE', 'the UPDATE');
    expect(update.callId).to.equal(invite.callId);
    expect(update.headers.contact, 'UPDATE carries the dialog Contact').to.be.a('string');
    expectLocationRequest(update, newAnswer as unknown as EmergencyCallLocation, null);
    expect(update.geolocationCid).not.to.equal(invite.geolocationCid);
    expect(readPidf(update.pidf?.text ?? '').civic).to.include({ HNO: '200', RD: 'Randolph', A3: 'Chicago' });
    expect(session.isEstablished()).to.equal(true);
    session.terminate();
  });

  it('attaches nothing and sends no Geolocation header at a local-pstn site', async () => {
    const user = uniqueUser('jssip');
    const m = promptFor('london-office', user);
    await settled(m);
    const answer = await m.el.getEmergencyLocation();
    expect(answer.routing).to.equal('local-pstn');
    const userAgent = await registeredAgent(user);
    const { session, offers } = await call(userAgent, answer);

    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.headers).not.to.have.property('geolocation');
    expect(invite.headers).not.to.have.property('geolocation-routing');
    expect(invite.body.kind).to.equal('single');
    expect(invite.body.contentType).to.equal('application/sdp');
    expect(invite.body.parts[0].text).to.equal(offers[0]);
    expect(invite.pidf).to.equal(null);
    expect(await jsSipUpdateLocation(session, answer)).to.equal(false);
    session.terminate();
  });
});
