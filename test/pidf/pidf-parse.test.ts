import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_XML_BYTES, NS, parseXml } from '../../src/xml/parse-xml.js';
import { PidfParseError, parsePidfLo, type PidfLocation } from '../../src/pidf/index.js';
import { parsePidfLoElement } from '../../src/pidf/parse.js';
import { EXPECTED, INVALID_DOCUMENTS, INVALID_INDEX, VALID_DOCUMENTS, VALID_INDEX } from './fixtures/oracle-examples.js';

type ExpectedCivic = { lang: string | null; fields: Record<string, string> };
type ExpectedLocation = { civic: ExpectedCivic[]; shapes: string[]; method?: string; usageRules?: Record<string, string> };
type Expected = { root: string; locations?: ExpectedLocation[]; notes?: { lang: string | null; text: string }[] };

/** The oracle examples, generated into a fixture module (see scripts/generate-civic-data.js). */
async function oracle(path: string): Promise<string> {
  const [dir, file] = path.split('/') as [string, string];
  const text = file === 'expected.json' ? JSON.stringify(EXPECTED)
    : file === 'INDEX.tsv' ? (dir === 'valid' ? VALID_INDEX : INVALID_INDEX)
    : (dir === 'valid' ? VALID_DOCUMENTS : INVALID_DOCUMENTS)[file];
  if (text === undefined) throw new Error(`oracle file ${path} is not in the fixtures; run node scripts/generate-civic-data.js`);
  return text;
}

function tsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.split('\t'));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

/** The flat location list grouped back per geopriv, in the shape expected.json uses. */
function byGeopriv(locations: PidfLocation[]): ExpectedLocation[] {
  const groups = new Map<number, ExpectedLocation>();
  for (const location of locations) {
    const group = groups.get(location.geopriv) ?? { civic: [], shapes: [], ...(location.method ? { method: location.method } : {}) };
    groups.set(location.geopriv, group);
    if (location.kind === 'civic') group.civic.push({ lang: location.lang ?? null, fields: location.civic as Record<string, string> });
    else group.shapes.push(`${['Point', 'Polygon'].includes(location.shape.type) ? 'gml' : 'gs'}:${location.shape.type}`);
  }
  return [...groups.values()];
}

describe('parsePidfLo', () => {
  it('reads every civic PIDF-LO in the oracle examples as expected.json says', async () => {
    const expected = JSON.parse(await oracle('valid/expected.json')) as Record<string, Expected>;
    const withLocations = Object.entries(expected).filter(([, e]) => e.locations);
    expect(withLocations.length).to.be.greaterThan(20);
    for (const [file, want] of withLocations) {
      const xml = await oracle(`valid/${file}`);
      const parsed = parsePidfLo(xml);
      // expected.json lists the locations of every presence in the file (vendor extensions may add one).
      const presences = Array.from(parseXml(xml).getElementsByTagNameNS(NS.pidf, 'presence'));
      const got = presences.flatMap((p) => byGeopriv(parsePidfLoElement(p).locations));
      const wanted = want.locations!.map(({ usageRules: _rules, ...rest }) => rest);
      expect(got, file).to.deep.equal(wanted);
      const firstCivic = want.locations!.flatMap((l) => l.civic).find((c) => c.fields.country);
      expect(parsed.civic, file).to.deep.equal(firstCivic?.fields);
      expect(parsed.lang ?? null, file).to.equal(firstCivic ? firstCivic.lang : null);
      const holder = want.locations!.find((l) => l.civic.some((c) => c.fields.country)) ?? want.locations![0]!;
      const rules = holder.usageRules ?? {};
      const allowed = rules['retransmission-allowed'];
      expect(parsed.retransmissionAllowed, file).to.equal(allowed === undefined ? undefined : allowed === 'true');
      expect(parsed.retentionExpiry, file).to.equal(rules['retention-expiry']);
      expect(parsed.method, file).to.equal(holder.method);
      if (want.notes) {
        expect(parsed.notes.map((n) => ({ lang: n.lang ?? null, text: n.text })), file).to.deep.equal(want.notes);
      }
    }
  });

  it('reads the note, timestamp and entity of a user-entered location', async () => {
    const parsed = parsePidfLo(await oracle('valid/pidflo-manual-civic-us.xml'));
    expect(parsed.note).to.equal('Location entered by the user; not validated against the MSAG. Confirm verbally.');
    expect(parsed.noteLang).to.equal('en');
    expect(parsed.timestamp).to.be.a('string');
    expect(parsed.entity).to.match(/^(sip|pres):/);
  });

  it('rejects the not-well-formed oracle examples with a typed error', async () => {
    const malformed = tsv(await oracle('invalid/INDEX.tsv')).filter((row) => row.reason!.startsWith('not well-formed'));
    expect(malformed).to.have.length(4);
    for (const { file } of malformed) {
      const xml = await oracle(`invalid/${file}`);
      expect(() => parsePidfLo(xml), file).to.throw(PidfParseError).with.property('code', 'malformed');
    }
  });

  it('reads schema-invalid but well-formed examples without crashing (it reads, it does not validate)', async () => {
    const rows = tsv(await oracle('invalid/INDEX.tsv')).filter((row) => !row.reason!.startsWith('not well-formed'));
    for (const { file } of rows) {
      const xml = await oracle(`invalid/${file}`);
      try {
        parsePidfLo(xml);
      } catch (error) {
        // HELD requests and errors hold no presence at all.
        expect(error, file).to.be.instanceOf(PidfParseError).with.property('code', 'no-presence');
      }
    }
  });

  const refusals: [string, string, string][] = [
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE presence [<!ENTITY x "y">]><presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:a@b">&x;</presence>', 'doctype'],
    ['an oversized document', `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:a@b"><note>${'x'.repeat(MAX_XML_BYTES)}</note></presence>`, 'too-large'],
    ['a document without presence', '<locationResponse xmlns="urn:ietf:params:xml:ns:geopriv:held"/>', 'no-presence'],
    ['an empty string', '', 'malformed'],
  ];
  for (const [what, xml, code] of refusals) {
    it(`refuses ${what} with PidfParseError code ${code}`, () => {
      expect(() => parsePidfLo(xml)).to.throw(PidfParseError).with.property('code', code);
    });
  }

  it('never throws anything but a PidfParseError, on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      try {
        parsePidfLo(text);
      } catch (error) {
        expect(error).to.be.instanceOf(PidfParseError);
      }
    }), { numRuns: 300 });
  });
});
