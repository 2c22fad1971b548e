import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { COUNTRY_CODES } from '../../src/civic/country-profile.js';
import { emergencyCallParts, parsePidfLo, toPidfLo } from '../../src/pidf/index.js';
import { normalizeCivic } from '../../src/pidf/write.js';
import { locationArbitrary, userLocation } from './arbitraries.js';

type Validation = { file: number; ok: boolean; reason: string };
const ENTITY = 'sip:alice@example.com';
const US = { country: 'US', A1: 'IL', A3: 'Springfield', PRD: 'N', RD: 'Main', STS: 'St', HNO: '123', LOC: 'Apt 4', PC: '62701' };

describe('toPidfLo', () => {
  it('writes documents that validate against the PIDF-LO schemas, for generated locations of every country and source', async function () {
    // xmllint runs in Node once per document (~2 s for the batch on an idle machine); with
    // Chromium and Firefox running the suite side by side it shares the CPU with both.
    this.timeout(30_000);
    const documents = fc.sample(locationArbitrary, { numRuns: 220, seed: 5139 }).map((location) => toPidfLo(location, { entity: ENTITY }));
    for (const country of COUNTRY_CODES.filter((_, i) => i % 4 === 0)) {
      documents.push(toPidfLo(userLocation({ ...US, country }), { entity: 'tel:+15555550100' }));
    }
    const results = (await executeServerCommand('validate-xml', { documents })) as Validation[];
    const failures = results.filter((r) => !r.ok).map((r) => `${r.reason}\n${documents[r.file]}`);
    expect(results).to.have.length(documents.length);
    expect(failures.slice(0, 3)).to.deep.equal([]);
  });

  it('marks a user-entered location Manual, unvalidated and to be confirmed verbally, whatever the record claims', () => {
    const xml = toPidfLo(userLocation(US, { validation: 'validated', method: 'GPS' }), { entity: ENTITY });
    const parsed = parsePidfLo(xml);
    expect(parsed.method).to.equal('Manual');
    expect(parsed.note).to.match(/entered by the user; unvalidated/);
    expect(parsed.note).to.match(/confirm the location verbally/i);
    expect(xml.indexOf('<note')).to.be.lessThan(xml.indexOf('<timestamp'));
  });

  it("keeps the LIS's method for a LIS location and says the LIS validated it", () => {
    const parsed = parsePidfLo(toPidfLo(userLocation(US, { source: 'lis', validation: 'validated', method: 'Wiremap' }), { entity: ENTITY }));
    expect(parsed.method).to.equal('Wiremap');
    expect(parsed.note).to.match(/validated by the enterprise Location Information Server/);
  });

  it('allows retransmission and sets the retention expiry 24 hours after writing', () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    const parsed = parsePidfLo(toPidfLo(userLocation(US), { entity: ENTITY, now }));
    expect(parsed.retransmissionAllowed).to.equal(true);
    expect(parsed.retentionExpiry).to.equal('2026-03-02T10:00:00.000Z');
  });

  it('gives the tuple an id that starts with a letter even when the location id is a UUID', () => {
    expect(parsePidfLo(toPidfLo(userLocation(US), { entity: ENTITY })).tupleId).to.equal('e911-0a9999e0-1678-41d9-b0d2-d10a41a3e5e0');
  });

  // xml:lang tells the language of the address text, from where the address is; the
  // interface language a user saved it in (the record's `lang`) does not change it.
  const langs: [Record<string, string>, string | undefined, string | undefined][] = [
    [US, 'fr-CA', 'en-US'],
    [{ ...US, A1: 'PR', A3: 'San Juan' }, 'en', 'es-PR'],
    [{ country: 'CA', A1: 'QC', A3: 'Montréal', HNO: '4500', RD: 'Boul. René-Lévesque', POD: 'O' }, 'en', 'fr-CA'],
    [{ country: 'CA', A1: 'ON', A3: 'Toronto', HNO: '1200', RD: 'Bay', STS: 'St' }, 'fr-CA', 'en-CA'],
    [{ country: 'DE', A3: 'Berlin', HNO: '1', RD: 'Rosenthaler Straße' }, 'de-DE', 'de-DE'],
    [{ country: 'DE', A3: 'Berlin', HNO: '1', RD: 'Rosenthaler Straße' }, 'en-US', undefined],
    [{ country: 'DE', A3: 'Berlin', HNO: '1', RD: 'Rosenthaler Straße' }, 'not a tag', undefined],
  ];
  for (const [civic, lang, expected] of langs) {
    it(`marks a ${civic.country}${civic.A1 ? `-${civic.A1}` : ''} address saved in ${lang} as xml:lang ${JSON.stringify(expected)}`, () => {
      expect(parsePidfLo(toPidfLo(userLocation(civic as typeof US, { lang }), { entity: ENTITY })).lang).to.equal(expected);
    });
  }

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const xml = toPidfLo(userLocation({ country: 'US', NAM: 'Smith & Sons <"Ltd"> ]]> \u0000\u0007it\'s', RD: '  Main \n St ' }), { entity: ENTITY });
    expect(xml).to.contain('<ca:NAM>Smith &amp; Sons &lt;&quot;Ltd&quot;&gt; ]]&gt; it&apos;s</ca:NAM>');
    expect(parsePidfLo(xml).civic).to.deep.equal({ country: 'US', RD: 'Main St', NAM: 'Smith & Sons <"Ltd"> ]]> it\'s' });
  });

  it('omits empty fields', () => {
    const xml = toPidfLo(userLocation({ country: 'US', A1: '', A3: '   ', HNO: '1' }), { entity: ENTITY });
    expect(xml).not.to.contain('<ca:A1>');
    expect(xml).not.to.contain('<ca:A3>');
  });

  it('gives back the civic address it wrote (after white-space collapse), for generated locations', () => {
    fc.assert(fc.property(locationArbitrary, (location) => {
      const parsed = parsePidfLo(toPidfLo(location, { entity: ENTITY }));
      expect(parsed.civic).to.deep.equal(normalizeCivic(location.civic));
      expect(parsed.entity).to.equal(ENTITY);
    }), { numRuns: 300 });
  });

  for (const entity of ['', 'alice@example.com', 'http://example.com', 'sip:', 'sip:a b@example.com', undefined]) {
    it(`throws a TypeError that shows correct use for entity ${JSON.stringify(entity)}`, () => {
      expect(() => toPidfLo(userLocation(US), { entity } as { entity: string })).to.throw(TypeError, /sip:, sips:, pres: or tel: URI/);
    });
  }

  it('throws a TypeError when the civic address has no country code', () => {
    expect(() => toPidfLo(userLocation({ country: 'USA' }), { entity: ENTITY })).to.throw(TypeError, /alpha-2/);
  });
});

describe('emergencyCallParts', () => {
  it('points the Geolocation header at the PIDF-LO body by Content-ID and allows routing on it', () => {
    const parts = emergencyCallParts(userLocation(US), { entity: 'sips:alice@pbx.example.com;transport=tls' });
    expect(parts.body.contentType).to.equal('application/pidf+xml');
    expect(parts.body.contentId).to.match(/^e911-[0-9a-f-]{36}@pbx\.example\.com$/);
    expect(parts.headers.Geolocation).to.equal(`<cid:${parts.body.contentId}>`);
    expect(parts.headers['Geolocation-Routing']).to.equal('yes');
    expect(parsePidfLo(parts.body.content).civic).to.deep.equal(US);
  });

  it('uses a new Content-ID for every call', () => {
    const a = emergencyCallParts(userLocation(US), { entity: ENTITY });
    const b = emergencyCallParts(userLocation(US), { entity: ENTITY });
    expect(a.body.contentId).not.to.equal(b.body.contentId);
  });

  it('rejects a missing entity with a TypeError', () => {
    expect(() => emergencyCallParts(userLocation(US), {} as { entity: string })).to.throw(TypeError);
  });
});
