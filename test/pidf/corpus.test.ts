import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CivicAddress } from '../../src/civic/civic-address.js';
import { addressLanguage } from '../../src/civic/address-language.js';
import { formatCivicAddress } from '../../src/civic/format.js';
import type { EmergencyLocation } from '../../src/location.js';
import { PidfParseError, parsePidfLo, toPidfLo, type PidfCivicLocation, type PidfLocation } from '../../src/pidf/index.js';
import { corpusExpectations, corpusFile, type CorpusExpectation } from './corpus.js';
import { VALID_DOCUMENTS } from './fixtures/oracle-examples.js';

/** Civic locations of the shared oracle examples (RFC examples and other projects' files), read by the parser under test. */
function oracleCivicLocations(): PidfCivicLocation[] {
  return Object.entries(VALID_DOCUMENTS).flatMap(([, xml]) => {
    try {
      return civicLocations(parsePidfLo(xml).locations);
    } catch {
      return []; // HELD requests and errors hold no presence
    }
  });
}

/** Numbers rounded to 9 decimals: "37:46:30N" is 37.775 up to floating point. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const civicLocations = (locations: PidfLocation[]) =>
  locations.filter((location): location is PidfCivicLocation => location.kind === 'civic');

describe('parsePidfLo on documents other implementations wrote (test/fixtures/pidf-lo)', () => {
  let expected: Record<string, CorpusExpectation>;
  before(async () => {
    expected = await corpusExpectations();
  });

  it('has an expected reading for every document PROVENANCE.md lists, and a source for every reading', async () => {
    const listed = [...(await corpusFile('PROVENANCE.md')).matchAll(/^\| ([\w.-]+\.xml) \| (\S[^|]*)\|/gm)];
    expect(listed.map(([, file]) => file).sort()).to.deep.equal(Object.keys(expected).sort());
    expect(listed.length).to.be.at.least(30);
  });

  it('reads every location, holder, method, usage rules and timestamp as written by hand', async () => {
    for (const [file, want] of Object.entries(expected)) {
      if (want.throws) continue;
      const parsed = parsePidfLo(await corpusFile(file));
      expect(rounded(parsed.locations), file).to.deep.equal(rounded(want.locations));
      expect(parsed.notUnderstood.map((entry) => ({ element: entry.element, in: entry.in })), file).to.deep.equal(want.notUnderstood);
      if (want.entity) expect(parsed.entity, file).to.equal(want.entity);
    }
  });

  it('keeps the top-level civic, lang and method of the first civic location, and its usage rules', async () => {
    for (const [file, want] of Object.entries(expected)) {
      if (want.throws) continue;
      const parsed = parsePidfLo(await corpusFile(file));
      const firstCivic = civicLocations(want.locations!).find((location) => location.civic.country);
      const chosen = firstCivic ?? want.locations![0];
      expect(parsed.civic, file).to.deep.equal(firstCivic?.civic);
      expect(parsed.lang, file).to.equal(firstCivic?.lang);
      expect(parsed.method, file).to.equal(chosen?.method);
      expect(parsed.retransmissionAllowed, file).to.equal(chosen?.usageRules.retransmissionAllowed);
      expect(parsed.retentionExpiry, file).to.equal(chosen?.usageRules.retentionExpiry);
      expect(parsed.timestamp, file).to.equal(chosen?.timestamp);
    }
  });

  it('throws PidfParseError with a code only for documents without a PIDF presence', async () => {
    const refused = Object.entries(expected).filter(([, want]) => want.throws);
    expect(refused).to.have.length.greaterThan(0);
    for (const [file, want] of refused) {
      const xml = await corpusFile(file);
      expect(() => parsePidfLo(xml), file).to.throw(PidfParseError).with.property('code', want.throws);
    }
  });

  it('reads every shape RFC 5491 lists, both civic namespaces and RFC 6848 extensions somewhere in the corpus', () => {
    const all = Object.values(expected).flatMap((want) => want.locations ?? []);
    const shapes = new Set(all.flatMap((location) => (location.kind === 'geodetic' ? [location.shape.type] : [])));
    expect([...shapes].sort()).to.deep.equal(['ArcBand', 'Circle', 'Ellipse', 'Ellipsoid', 'Point', 'Polygon', 'Prism', 'Sphere']);
    expect(new Set(civicLocations(all).map((location) => location.format))).to.have.keys(['RFC 5139', 'RFC 4119']);
    expect(civicLocations(all).some((location) => location.extensions.length > 0)).to.equal(true);
  });
});

describe('third-party civic addresses written back with toPidfLo', () => {
  it('validate against the oracle schemas and read back equal', async () => {
    const expected = await corpusExpectations();
    const addresses = [...Object.values(expected).flatMap((want) => civicLocations(want.locations ?? [])), ...oracleCivicLocations()]
      .filter((location) => location.civic.country);
    expect(addresses.length).to.be.at.least(25);
    const now = '2025-01-01T00:00:00.000Z';
    const documents = addresses.map((location, i) => {
      const emergency: EmergencyLocation = {
        id: `corpus-${i}`, label: 'Corpus', civic: location.civic as CivicAddress, source: 'lis', validation: 'validated',
        method: location.method ?? 'Wiremap', networkId: null, createdAt: now, updatedAt: now, lastUsedAt: now,
        ...(location.lang ? { lang: location.lang } : {}),
      };
      return toPidfLo(emergency, { entity: 'sip:corpus@example.com' });
    });
    const results = (await executeServerCommand('validate-xml', { documents })) as { file: number; ok: boolean; reason: string }[];
    for (const result of results) expect(result, `${JSON.stringify(addresses[result.file]!.civic)}: ${result.reason}`).to.include({ ok: true });
    documents.forEach((xml, i) => {
      const back = parsePidfLo(xml);
      expect(back.civic, xml).to.deep.equal(addresses[i]!.civic);
      // xml:lang names the language of the address text from where it is (issue #14):
      // toPidfLo writes en-US for a US address whatever the source said, so that is what reads back.
      expect(back.lang).to.equal(addressLanguage(addresses[i]!.civic as CivicAddress, addresses[i]!.lang));
    });
  });
});

describe('formatCivicAddress over the corpus', () => {
  it('contains every element value of every civic address, on one line and in lines', async () => {
    const expected = await corpusExpectations();
    const addresses = [...Object.values(expected).flatMap((want) => civicLocations(want.locations ?? [])), ...oracleCivicLocations()];
    expect(addresses.length).to.be.at.least(25);
    for (const { civic } of addresses) {
      const line = formatCivicAddress(civic as CivicAddress);
      const lines = formatCivicAddress(civic as CivicAddress, { lines: true });
      for (const [name, value] of Object.entries(civic)) {
        expect(line, `${name} in ${line}`).to.include(value);
        expect(lines, `${name} in ${lines}`).to.include(value);
      }
      expect(lines.split('\n').join(', ')).to.equal(line);
    }
  });
});
