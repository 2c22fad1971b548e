import { expect } from '@open-wc/testing';
import { parseMultipart } from '@remix-run/multipart-parser';
import { locationAttachment, withLocationPart, type EmergencyCallLocation } from '../../src/sip/index.js';

const PIDF = '<?xml version="1.0" encoding="UTF-8"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:alice@example.com"/>\n';
const SDP = 'v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';

function answer(overrides: Partial<EmergencyCallLocation>): EmergencyCallLocation {
  return {
    placement: 'off-premises', location: null, validation: 'unvalidated', pidfLo: PIDF,
    headers: { Geolocation: '<cid:e911-1@example.com>', 'Geolocation-Routing': 'yes' }, routing: 'e911', site: null,
    ...overrides,
  };
}

describe('e911-location/sip: what is attached', () => {
  const cases: [string, EmergencyCallLocation | null, boolean][] = [
    ['an E9-1-1 answer with a PIDF-LO', answer({}), true],
    ['routing local-pstn', answer({ routing: 'local-pstn' }), false],
    ['no PIDF-LO (no location known)', answer({ pidfLo: null, headers: {} }), false],
    ['a Geolocation header that is not a cid: reference', answer({ headers: { Geolocation: '<https://lis.example.com/loc>' } }), false],
    ['no answer at all', null, false],
  ];
  for (const [name, input, attached] of cases) {
    it(`${attached ? 'attaches' : 'attaches nothing for'} ${name}`, () => {
      const attachment = locationAttachment(input);
      expect(attachment !== null).to.equal(attached);
      if (attachment) {
        expect(attachment.headers).to.deep.equal({ Geolocation: '<cid:e911-1@example.com>', 'Geolocation-Routing': 'yes' });
        expect(attachment.part.contentId).to.equal('e911-1@example.com');
      }
    });
  }
});

describe('e911-location/sip: the multipart/mixed body', () => {
  it('puts the SDP first and unchanged, then the PIDF-LO with its Content-ID, closed by the final delimiter', () => {
    const attachment = locationAttachment(answer({}));
    const body = withLocationPart({ contentType: 'application/sdp', content: SDP }, attachment!);
    const boundary = body.contentType.split('boundary=')[1];
    expect(body.contentType).to.equal(`multipart/mixed;boundary=${boundary}`);
    expect(body.content.endsWith(`--${boundary}--\r\n`)).to.equal(true);
    const parts = [...parseMultipart(new TextEncoder().encode(body.content), { boundary })];
    expect(parts.map((part) => part.headers['content-type'])).to.deep.equal(['application/sdp', 'application/pidf+xml']);
    expect(parts[0].text).to.equal(SDP);
    expect(parts[1].text).to.equal(PIDF);
    expect(parts[1].headers['content-id']).to.equal('<e911-1@example.com>');
  });

  it('carries the PIDF-LO alone when there is no body of the stack (a mid-call UPDATE)', () => {
    const body = withLocationPart(null, locationAttachment(answer({}))!);
    const boundary = body.contentType.split('boundary=')[1];
    const parts = [...parseMultipart(new TextEncoder().encode(body.content), { boundary })];
    expect(parts.map((part) => part.headers['content-type'])).to.deep.equal(['application/pidf+xml']);
  });

  it('chooses a boundary that occurs in no part', () => {
    const sdp = `${SDP}a=note:--e911-\r\n`;
    for (let i = 0; i < 20; i += 1) {
      const body = withLocationPart({ contentType: 'application/sdp', content: sdp }, locationAttachment(answer({}))!);
      const boundary = body.contentType.split('boundary=')[1];
      expect(sdp.includes(`--${boundary}`)).to.equal(false);
      expect(PIDF.includes(`--${boundary}`)).to.equal(false);
    }
  });
});
