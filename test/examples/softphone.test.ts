import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { emergencyCallParts, openLocationStore, parsePidfLo, type E911LocationPrompt, type EmergencyCallLocation } from '../../src/index.js';
import type { EmergencyLocation } from '../../src/location.js';
import { NETWORK_PLAN } from '../../demo/lis-simulator/network-plan.js';
import { buildInvite, placeEmergencyCall } from '../../examples/softphone/softphone.js';

const SDP = 'v=0\no=alice 2890844526 2890844526 IN IP4 client.invalid\ns=-\nc=IN IP4 192.0.2.10\nt=0 0\nm=audio 49170 RTP/AVP 0\na=rtpmap:0 PCMU/8000\n';
const CALL = { requestUri: 'sip:911@sbc.example.com;user=phone', from: 'sip:alice@example.com', sdp: SDP };

type Part = { headers: Map<string, string>; body: string };

/** Reads a SIP message back: request line, headers (by lower-case name), body. */
function parseMessage(message: string) {
  const end = message.indexOf('\r\n\r\n');
  const [requestLine, ...lines] = message.slice(0, end).split('\r\n');
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { requestLine, headers, body: message.slice(end + 4) };
}

/** Splits a multipart/mixed body (RFC 2046) into its parts. */
function parseMultipart(body: string, boundary: string): { parts: Part[]; closed: boolean } {
  const sections = body.split(`--${boundary}`);
  const closed = sections[sections.length - 1].startsWith('--');
  const parts = sections.slice(1, -1).map((section) => {
    const text = section.replace(/^\r\n/, '');
    const end = text.indexOf('\r\n\r\n');
    const headers = new Map(text.slice(0, end).split('\r\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    return { headers, body: text.slice(end + 4) };
  });
  return { parts, closed };
}

const databases: string[] = [];
function dbName(): string {
  const name = `e911-softphone-example-${Date.now().toString(36)}-${databases.length}`;
  databases.push(name);
  return name;
}

async function promptAt(scenario: string, extra: Record<string, string> = {}): Promise<E911LocationPrompt> {
  const query = `?scenario=${scenario}`;
  const prompt = await fixture<E911LocationPrompt>(html`<e911-location-prompt
    held-url=${`/lis/held${query}`}
    ip-echo-url=${`/lis/ip${query}`}
    vpn-ips=${NETWORK_PLAN.vpnIps.join(' ')}
    sites=${JSON.stringify(NETWORK_PLAN.sites)}
    countries="US CA"
    entity="sip:alice@example.com"
    location-required=${extra['location-required'] ?? 'no'}
    db-name=${extra['db-name'] ?? dbName()}
  ></e911-location-prompt>`);
  await waitUntil(() => prompt.networkStatus, `no detection at ${scenario}`, { timeout: 8000 });
  return prompt;
}

function userLocation(country: string): EmergencyLocation {
  const now = new Date().toISOString();
  return {
    id: 'l1', label: 'Hotel', civic: { country, A3: 'London', RD: 'Downing', STS: 'St', HNO: '10' }, source: 'user', validation: 'unvalidated',
    method: 'Manual', networkId: null, createdAt: now, updatedAt: now, lastUsedAt: now,
  };
}

afterEach(async () => {
  await Promise.all(databases.splice(0).map((name) => new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  })));
});

describe('examples/softphone buildInvite', () => {
  it('sends SDP and the LIS PIDF-LO as multipart/mixed, the Geolocation cid matching the Content-ID', async () => {
    const prompt = await promptAt('headquarters');
    const sent: string[] = [];
    const invite = await placeEmergencyCall(prompt, { ...CALL, send: (message) => void sent.push(message) });
    expect(invite.carriesLocation).to.equal(true);
    const message = parseMessage(sent[0]);
    expect(message.requestLine).to.equal('INVITE sip:911@sbc.example.com;user=phone SIP/2.0');
    expect(Number(message.headers.get('content-length'))).to.equal(new TextEncoder().encode(message.body).length);
    expect(message.headers.get('geolocation-routing')).to.equal('yes');
    const boundary = /^multipart\/mixed; boundary=(\S+)$/.exec(message.headers.get('content-type') ?? '')?.[1];
    expect(boundary, 'multipart boundary').to.be.a('string');

    const { parts, closed } = parseMultipart(message.body, boundary as string);
    expect(closed, 'closing delimiter').to.equal(true);
    expect(parts.map((part) => part.headers.get('content-type'))).to.deep.equal(['application/sdp', 'application/pidf+xml']);
    expect(parts[0].body).to.equal(SDP.replace(/\n/g, '\r\n'));
    const cid = /^<cid:(.+)>$/.exec(message.headers.get('geolocation') ?? '')?.[1];
    expect(parts[1].headers.get('content-id')).to.equal(`<${cid}>`);
    const pidf = parsePidfLo(parts[1].body);
    expect(pidf.civic).to.include({ HNO: '2100', RD: 'Main', A3: 'Springfield' });
    expect(pidf.method).to.equal('Wiremap');
  });

  it('attaches a user-entered address as Manual, for the dispatcher to confirm', async () => {
    const name = dbName();
    const store = await openLocationStore({ dbName: name });
    await store.save({ label: 'Home', civic: { country: 'US', HNO: '123', RD: 'Main', STS: 'St', A3: 'Springfield', A1: 'IL', PC: '62704' }, networkId: '203.0.113.0/24' });
    store.close();
    const prompt = await promptAt('home', { 'db-name': name });
    await waitUntil(() => prompt.location, 'the saved address was not reused');
    const invite = await placeEmergencyCall(prompt, { ...CALL, send: () => undefined });
    const message = parseMessage(invite.toString());
    const boundary = (message.headers.get('content-type') ?? '').split('boundary=')[1];
    const pidf = parsePidfLo(parseMultipart(message.body, boundary).parts[1].body);
    expect(pidf.method).to.equal('Manual');
    expect(pidf.civic).to.include({ HNO: '123', A1: 'IL' });
  });

  it('attaches no PIDF-LO and no Geolocation header at a local-pstn site', async () => {
    const prompt = await promptAt('london-office');
    const invite = await placeEmergencyCall(prompt, { ...CALL, send: () => undefined });
    const message = parseMessage(invite.toString());
    expect(invite.carriesLocation).to.equal(false);
    expect(message.headers.has('geolocation')).to.equal(false);
    expect(message.headers.has('geolocation-routing')).to.equal(false);
    expect(message.headers.get('content-type')).to.equal('application/sdp');
    expect(message.body).to.equal(SDP.replace(/\n/g, '\r\n'));
  });

  it('attaches no PIDF-LO for an address in a country without E9-1-1 (local-pstn routing)', () => {
    const location = userLocation('GB');
    const parts = emergencyCallParts(location, { entity: 'sip:alice@example.com' });
    const emergency: EmergencyCallLocation = {
      placement: 'off-premises', location, validation: 'unvalidated', pidfLo: parts.body.content,
      headers: { ...parts.headers }, routing: 'local-pstn', site: null,
    };
    const invite = buildInvite({ ...CALL, emergency });
    expect(invite.carriesLocation).to.equal(false);
    expect(invite.toString()).not.to.contain('Downing');
  });

  it('sends only the SDP when there is no location', () => {
    const emergency: EmergencyCallLocation = {
      placement: 'off-premises', location: null, validation: 'none', pidfLo: null, headers: {}, routing: 'e911', site: null,
    };
    const message = parseMessage(buildInvite({ ...CALL, emergency }).toString());
    expect(message.headers.has('geolocation')).to.equal(false);
    expect(message.headers.get('content-type')).to.equal('application/sdp');
  });

  it('refuses header values with line breaks rather than letting them inject headers', () => {
    expect(() => buildInvite({ ...CALL, from: 'sip:alice@example.com\r\nX-Evil: 1', emergency: null })).to.throw(TypeError, /CR or LF/);
  });

  it('refuses a boundary that occurs inside a body part', () => {
    const location = userLocation('US');
    const parts = emergencyCallParts({ ...location, civic: { country: 'US', A3: 'Springfield' } }, { entity: 'sip:alice@example.com' });
    const emergency: EmergencyCallLocation = {
      placement: 'off-premises', location, validation: 'unvalidated', pidfLo: parts.body.content,
      headers: { ...parts.headers }, routing: 'e911', site: null,
    };
    expect(() => buildInvite({ ...CALL, sdp: `${SDP}a=x:--b1\n`, boundary: 'b1', emergency })).to.throw(/occurs in a body part/);
  });
});
