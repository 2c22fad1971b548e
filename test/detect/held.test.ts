import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CivicAddress } from '../../src/civic/civic-address.js';
import { HELD_ERROR_CODES, HQ_CIVIC, MARKUP_CIVIC, RFC4119_CIVIC } from '../../demo/lis-simulator/documents.js';
import { corpusExpectations, corpusFile } from '../pidf/corpus.js';
import { HELD_LOCATION_REQUEST, requestHeldLocation, type HeldOutcome } from '../../src/detect/held.js';
import { parseHeldResponse } from '../../src/detect/held-response.js';

/** Asks the simulator's LIS in `scenario`; the signal only bounds a hang of the test itself. */
function askLis(scenario: string, signal = AbortSignal.timeout(2000)): Promise<HeldOutcome> {
  return requestHeldLocation(`/lis/held?scenario=${scenario}`, { fetch, signal });
}

async function oracle(path: string): Promise<string> {
  const response = await fetch(`/oracles/examples/${path}`);
  if (!response.ok) throw new Error(`oracle ${path} not served: HTTP ${response.status}`);
  return response.text();
}

describe('HELD locationRequest', () => {
  it('validates against the HELD schema', async () => {
    const [result] = (await executeServerCommand('validate-xml', {
      documents: [HELD_LOCATION_REQUEST],
    })) as { file: number; ok: boolean; reason: string }[];
    expect(result, result?.reason).to.include({ ok: true });
  });

  it('asks for civic and geodetic location for emergency routing', () => {
    const request = new DOMParser().parseFromString(HELD_LOCATION_REQUEST, 'application/xml').documentElement;
    expect(request.getAttribute('responseTime')).to.equal('emergencyRouting');
    expect(request.firstElementChild?.textContent?.split(' ')).to.have.members(['civic', 'geodetic']);
  });

  it('is sent as application/held+xml, which the LIS accepts', async () => {
    // The simulator answers requestError to any other content type.
    expect((await askLis('headquarters')).kind).to.equal('located');
  });
});

describe('parseHeldResponse on the oracle examples', () => {
  type Expected = {
    root: string;
    code?: string;
    messages?: { lang: string; text: string }[];
    locations?: { civic: { lang: string | null; fields: Record<string, string> }[]; shapes: string[]; method?: string }[];
    locationUriSet?: { locationURI: string[] };
  };
  let expected: Record<string, Expected>;
  let files: string[];

  before(async () => {
    expected = JSON.parse(await oracle('valid/expected.json')) as Record<string, Expected>;
    files = Object.keys(expected).filter((file) => file.startsWith('held-'));
  });

  it('reads every valid HELD answer as the oracle says', async () => {
    expect(files.length).to.be.greaterThan(10);
    for (const file of files) {
      const want = expected[file]!;
      const outcome = parseHeldResponse(await oracle(`valid/${file}`));
      if (want.root === 'held:error') {
        const kind = want.code === 'notLocatable' || want.code === 'locationUnknown' ? 'not-locatable' : 'error';
        expect(outcome, file).to.deep.equal({ kind, code: want.code, message: want.messages![0]!.text });
      } else if (want.root === 'held:locationResponse') {
        const location = want.locations?.find((l) => l.civic.some((c) => c.fields['country']));
        if (!location) {
          expect(outcome, file).to.deep.equal({
            kind: 'no-civic',
            locationUris: want.locationUriSet?.locationURI ?? [],
            shapes: (want.locations ?? []).flatMap((l) => l.shapes.map((shape) => shape.replace(/^\w+:/, ''))),
          });
          continue;
        }
        const civic = location.civic.find((c) => c.fields['country'])!;
        const located: HeldOutcome = { kind: 'located', civic: civic.fields as CivicAddress };
        if (location.method) located.method = location.method;
        if (civic.lang) located.lang = civic.lang;
        expect(outcome, file).to.deep.equal(located);
      } else {
        // A locationRequest is not an answer.
        expect(outcome.kind, file).to.equal('unreachable');
      }
    }
  });

  it('refuses the malformed invalid examples as unreachable, without throwing', async () => {
    for (const file of ['malformed-truncated-locationResponse.xml', 'malformed-unescaped-ampersand.xml', 'malformed-whitespace-before-xml-declaration.xml']) {
      expect(parseHeldResponse(await oracle(`invalid/${file}`)).kind, file).to.equal('unreachable');
    }
  });
});

describe('requestHeldLocation against the simulator', () => {
  it('reads the headquarters civic address, method and language', async () => {
    expect(await askLis('headquarters')).to.deep.equal({ kind: 'located', civic: HQ_CIVIC, method: 'Wiremap', lang: 'en-US' });
  });

  for (const code of HELD_ERROR_CODES) {
    const kind = code === 'notLocatable' || code === 'locationUnknown' ? 'not-locatable' : 'error';
    it(`reads HELD error ${code} as ${kind}`, async () => {
      expect(await askLis(`error-${code}`)).to.deep.equal({ kind, code, message: `Simulated HELD error ${code}` });
    });
  }

  it('reads an unknown HELD error code as an error', async () => {
    expect(await askLis('home&heldError=vendorSpecificFailure')).to.include({ kind: 'error', code: 'vendorSpecificFailure' });
  });

  it('reads a HELD error sent with an HTTP error status by its code', async () => {
    expect(await askLis('held-error-http-400')).to.include({ kind: 'error', code: 'requestError' });
  });

  it('reads a response with only a geodetic location as no civic location, keeping the shape it carried', async () => {
    expect(await askLis('geodetic-only')).to.deep.equal({ kind: 'no-civic', locationUris: [], shapes: ['Point'] });
  });

  it('reads a response with only a location URI set as no civic location, keeping the reference', async () => {
    expect(await askLis('uri-set-only')).to.deep.equal({
      kind: 'no-civic', locationUris: ['https://lis.example.com:9768/357yc6s64ceyoiuy5ax3o'], shapes: [],
    });
  });

  it('reads an RFC 4119 civicLoc address, declared with a stray space as Cisco CUCM does, as located', async () => {
    expect(await askLis('civic-rfc4119')).to.deep.equal({ kind: 'located', civic: RFC4119_CIVIC, method: 'Wiremap' });
  });

  it('finds the civic address in the second of two presence documents', async () => {
    expect(await askLis('two-presences')).to.deep.equal({ kind: 'located', civic: RFC4119_CIVIC, method: 'Wiremap' });
  });

  it('keeps civic text that looks like markup literally, as text', async () => {
    const outcome = await askLis('markup-civic');
    expect(outcome.kind).to.equal('located');
    const civic = (outcome as Extract<HeldOutcome, { kind: 'located' }>).civic;
    expect({ NAM: civic.NAM, A3: civic.A3, LOC: civic.LOC, RD: civic.RD }).to.deep.equal(MARKUP_CIVIC.expected);
  });

  const refused: [scenario: string, problem: RegExp][] = [
    ['malformed-xml', /not well-formed/],
    ['truncated', /not well-formed/],
    ['connection-reset', /could not be read/],
    ['oversized', /exceeds the 262144-byte limit/],
    ['oversized-declared', /over the 262144-byte limit/],
    ['doctype-external-entity', /DOCTYPE/],
    ['billion-laughs', /DOCTYPE/],
    ['wrong-namespace', /not HELD/],
    ['json-for-held', /'application\/json', not application\/held\+xml/],
    ['wrong-content-type', /'text\/html', not application\/held\+xml/],
    ['http-500', /HTTP 500/],
    ['redirect', /could not be reached/],
    ['control-character-civic', /not well-formed/],
  ];
  for (const [scenario, problem] of refused) {
    it(`treats ${scenario} as unreachable, with the reason`, async () => {
      const outcome = await askLis(scenario);
      expect(outcome.kind).to.equal('unreachable');
      expect((outcome as { problem: string }).problem).to.match(problem);
    });
  }

  it('gives up on a LIS that never answers when the signal aborts', async () => {
    const outcome = await askLis('branch-wan-outage', AbortSignal.timeout(200));
    expect(outcome).to.deep.equal({ kind: 'unreachable', problem: 'the LIS did not answer in time' });
  });

  it('gives up on a body that never finishes when the signal aborts', async () => {
    const outcome = await askLis('slow-drip', AbortSignal.timeout(300));
    expect(outcome.kind).to.equal('unreachable');
  });

  it('treats an address that cannot be fetched as unreachable', async () => {
    const outcome = await requestHeldLocation('http://[::1', { fetch, signal: AbortSignal.timeout(2000) });
    expect(outcome.kind).to.equal('unreachable');
  });
});

describe('parseHeldResponse on answers other implementations wrote (test/fixtures/pidf-lo)', () => {
  it('decides every HELD answer of the corpus as written by hand', async () => {
    const held = Object.entries(await corpusExpectations()).filter(([, want]) => want.held);
    expect(held.length).to.be.at.least(5);
    for (const [file, want] of held) expect(parseHeldResponse(await corpusFile(file)), file).to.deep.equal(want.held);
  });

  it('reads every corpus PIDF-LO carried in a locationResponse: located only with a civic address that names a country', async () => {
    const documents = Object.entries(await corpusExpectations()).filter(([file, want]) => want.locations && !file.includes('held'));
    for (const [file, want] of documents) {
      const body = (await corpusFile(file)).replace(/^\s*<\?xml[^?]*\?>/, '');
      const outcome = parseHeldResponse(`<locationResponse xmlns="urn:ietf:params:xml:ns:geopriv:held">${body}</locationResponse>`);
      const civic = want.locations!.find((location) => location.kind === 'civic' && location.civic.country);
      if (civic?.kind === 'civic') {
        expect(outcome, file).to.deep.include({ kind: 'located', civic: civic.civic });
      } else {
        const shapes = want.locations!.flatMap((location) => (location.kind === 'geodetic' ? [location.shape.type] : []));
        expect(outcome, file).to.deep.equal({ kind: 'no-civic', locationUris: [], shapes });
      }
    }
  });
});
