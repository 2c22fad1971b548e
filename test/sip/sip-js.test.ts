// Where the browser has no WebRTC (Debian's WebKitGTK), a stand-in: see test/support/webrtc-stand-in.ts.
import '../support/install-webrtc-stand-in.js';
import { expect, waitUntil } from '@open-wc/testing';
import { Inviter, Registerer, RegistererState, SessionState, UserAgent, Web } from 'sip.js';
import { sipJsInviterOptions, sipJsLocationBody, sipJsUpdateLocation, type EmergencyCallLocation } from '../../src/sip/index.js';
import { cleanupPrompts, saveAddress, settled } from '../components/prompt-helpers.js';
import { US_ADDRESS } from '../components/helpers.js';
import { audioStream, expectLocationRequest, promptFor, readPidf, sipServer, uniqueUser, waitForRequest } from './helpers.js';

const EMERGENCY = 'sip:911@example.com;user=phone';
const agents: UserAgent[] = [];

/** Every SDP SIP.js's own handler produced, in order: what the body must carry unchanged. */
let produced: string[] = [];

/** SIP.js's default handler, recording what it produces before sipJsLocationBody sees it. */
function recordingFactory(): Web.SessionDescriptionHandlerFactory {
  const stream = audioStream();
  const factory = Web.defaultSessionDescriptionHandlerFactory(async () => stream);
  return (session, options) => {
    const handler = factory(session, options) as Web.SessionDescriptionHandler;
    const getDescription = handler.getDescription.bind(handler);
    handler.getDescription = async (...args) => {
      const description = await getDescription(...args);
      produced.push(description.body);
      return description;
    };
    return handler;
  };
}

async function registeredAgent(user: string): Promise<UserAgent> {
  const userAgent = new UserAgent({
    uri: UserAgent.makeURI(`sip:${user}@example.com`),
    transportOptions: { server: sipServer() },
    sessionDescriptionHandlerFactory: sipJsLocationBody(recordingFactory()),
    logBuiltinEnabled: false,
  });
  agents.push(userAgent);
  await userAgent.start();
  const registerer = new Registerer(userAgent);
  await registerer.register();
  await waitUntil(() => registerer.state === RegistererState.Registered, 'SIP.js did not register', { timeout: 8000 });
  return userAgent;
}

afterEach(async () => {
  produced = [];
  for (const userAgent of agents.splice(0)) await userAgent.stop().catch(() => undefined);
  await cleanupPrompts();
});

describe('e911-location/sip with SIP.js over WebSocket', function () {
  this.timeout(30_000);

  it('registers, sends a typed address as PIDF-LO (Manual, unvalidated) and re-INVITEs with the address saved during the call', async () => {
    const user = uniqueUser('sipjs');
    const m = promptFor('hotel', user);
    await settled(m);
    await saveAddress(m, US_ADDRESS);
    const userAgent = await registeredAgent(user);
    expect((await waitForRequest(user, (r) => r.method === 'REGISTER', 'a REGISTER')).uri).to.equal('sip:example.com');

    const answer = await m.el.getEmergencyLocation();
    const inviter = new Inviter(userAgent, UserAgent.makeURI(EMERGENCY) as NonNullable<ReturnType<typeof UserAgent.makeURI>>, sipJsInviterOptions(answer));
    await inviter.invite();
    await waitUntil(() => inviter.state === SessionState.Established, 'the call was not answered', { timeout: 8000 });

    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.uri).to.equal(EMERGENCY);
    expect(invite.cseq).to.match(/^\d+ INVITE$/);
    expectLocationRequest(invite, answer, produced[0]);
    const sent = readPidf(invite.pidf?.text ?? '');
    expect(sent.method).to.equal('Manual');
    expect(sent.civic).to.include({ HNO: '123', RD: 'Main', A3: 'Springfield', A1: 'IL' });
    expect(sent.notes).to.match(/unvalidated|not validated|confirm/i);

    // The softphone listens for the prompt's change and updates the call.
    let newAnswer: EmergencyCallLocation | null = null;
    const updated = new Promise<boolean>((resolve, reject) => {
      m.el.addEventListener('e911-location-change', async () => {
        newAnswer = await m.el.getEmergencyLocation();
        sipJsUpdateLocation(inviter, newAnswer).then(resolve, reject);
      }, { once: true });
    });
    m.el.show();
    await saveAddress(m, { label: 'Hotel', country: 'US', street: '200 E Randolph St', LOC: 'Room 1412', A3: 'Chicago', A1: 'IL', PC: '60601' });
    expect(await updated).to.equal(true);

    const reinvite = await waitForRequest(user, (r) => r.method === 'INVITE' && r.callId === invite.callId && r.cseq !== invite.cseq, 'the re-INVITE');
    expect(Number.parseInt(reinvite.cseq, 10)).to.be.greaterThan(Number.parseInt(invite.cseq, 10));
    expectLocationRequest(reinvite, newAnswer as unknown as EmergencyCallLocation, produced[1]);
    expect(reinvite.geolocationCid).not.to.equal(invite.geolocationCid);
    expect(readPidf(reinvite.pidf?.text ?? '').civic).to.include({ HNO: '200', RD: 'Randolph', A3: 'Chicago' });
    expect(inviter.state).to.equal(SessionState.Established);
    await inviter.bye();
  });

  it('attaches nothing and sends no Geolocation header at a local-pstn site', async () => {
    const user = uniqueUser('sipjs');
    const m = promptFor('london-office', user);
    await settled(m);
    const answer = await m.el.getEmergencyLocation();
    expect(answer.routing).to.equal('local-pstn');
    const userAgent = await registeredAgent(user);
    const inviter = new Inviter(userAgent, UserAgent.makeURI(EMERGENCY) as NonNullable<ReturnType<typeof UserAgent.makeURI>>, sipJsInviterOptions(answer));
    await inviter.invite();
    await waitUntil(() => inviter.state === SessionState.Established, 'the call was not answered', { timeout: 8000 });

    const invite = await waitForRequest(user, (r) => r.method === 'INVITE', 'the INVITE');
    expect(invite.headers).not.to.have.property('geolocation');
    expect(invite.headers).not.to.have.property('geolocation-routing');
    expect(invite.body.kind).to.equal('single');
    expect(invite.body.contentType).to.equal('application/sdp');
    expect(invite.pidf).to.equal(null);
    expect(invite.body.parts[0].text).to.equal(produced[0]);
    expect(await sipJsUpdateLocation(inviter, answer)).to.equal(false);
    await inviter.bye();
  });
});
