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

/** A PIDF-LO with one tuple whose geopriv holds `inner` (location-info, usage-rules, …). */
function withGeopriv(inner: string): string {
  return `<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
    xmlns:gbp="urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy" xmlns:gml="http://www.opengis.net/gml"
    xmlns:gs="http://www.opengis.net/pidflo/1.0" xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"
    entity="pres:a@example.com"><tuple id="t"><status><gp:geopriv>${inner}</gp:geopriv></status></tuple></presence>`;
}
const POINT = '<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>1 2</gml:pos></gml:Point>';

describe('parsePidfLo: usage rules as others write them', () => {
  const cases: [string, string, boolean | undefined][] = [
    ['basic policy, true', '<gbp:retransmission-allowed>true</gbp:retransmission-allowed>', true],
    ['basic policy, "FAlse"', '<gbp:retransmission-allowed>FAlse</gbp:retransmission-allowed>', false],
    ['geopriv10 namespace, yes (RFC 4119 examples)', '<gp:retransmission-allowed>yes</gp:retransmission-allowed>', true],
    ['geopriv10 namespace, " NO "', '<gp:retransmission-allowed> NO </gp:retransmission-allowed>', false],
    ['basic policy, 0', '<gbp:retransmission-allowed>0</gbp:retransmission-allowed>', false],
    ['a word that is neither', '<gbp:retransmission-allowed>maybe</gbp:retransmission-allowed>', undefined],
  ];
  for (const [what, rule, allowed] of cases) {
    it(`reads retransmission-allowed written in ${what}`, () => {
      const parsed = parsePidfLo(withGeopriv(`<gp:location-info>${POINT}</gp:location-info><gp:usage-rules>${rule}</gp:usage-rules>`));
      expect(parsed.retransmissionAllowed).to.equal(allowed);
      expect(parsed.locations[0]!.usageRules.retransmissionAllowed).to.equal(allowed);
      expect(parsed.notUnderstood.map((entry) => entry.element)).to.deep.equal(allowed === undefined ? ['gbp:retransmission-allowed'] : []);
    });
  }

  it('reads retention-expiry, ruleset-reference and note-well in either namespace', () => {
    const parsed = parsePidfLo(withGeopriv(`<gp:location-info>${POINT}</gp:location-info><gp:usage-rules>
      <gp:retention-expiry> 2030-01-01T00:00:00Z </gp:retention-expiry>
      <gbp:external-ruleset>https://example.com/rules</gbp:external-ruleset>
      <gp:note-well>Do not forward</gp:note-well></gp:usage-rules>`));
    expect(parsed.locations[0]!.usageRules).to.deep.equal({
      retentionExpiry: '2030-01-01T00:00:00Z', rulesetReference: 'https://example.com/rules', noteWell: 'Do not forward',
    });
    expect(parsed.retentionExpiry).to.equal('2030-01-01T00:00:00Z');
  });
});

describe('parsePidfLo: nothing dropped, what is not understood is handed back', () => {
  it('reads a second location-info of the same geopriv', () => {
    const parsed = parsePidfLo(withGeopriv(`<gp:location-info><ca:civicAddress><ca:country>US</ca:country><ca:A3>Austin</ca:A3></ca:civicAddress></gp:location-info>
      <gp:location-info><gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>30.1 -97.7</gml:pos>
      <gs:radius uom="urn:ogc:def:uom:EPSG::9001">40</gs:radius></gs:Circle></gp:location-info><gp:usage-rules/>`));
    expect(parsed.locations.map((location) => location.kind)).to.deep.equal(['civic', 'geodetic']);
    expect(parsed.locations[1]).to.deep.include({ shape: { type: 'Circle', srsName: 'urn:ogc:def:crs:EPSG::4326', pos: [30.1, -97.7], radius: 40 } });
  });

  it('keeps a shape whose size is in another unit, and says so', () => {
    const parsed = parsePidfLo(withGeopriv(`<gp:location-info><gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>30.1 -97.7</gml:pos>
      <gs:radius uom="urn:ogc:def:uom:EPSG::9002">100</gs:radius></gs:Circle></gp:location-info><gp:usage-rules/>`));
    expect(parsed.locations).to.have.length(1);
    expect(parsed.notUnderstood).to.deep.equal([{
      element: 'gs:radius', namespace: 'http://www.opengis.net/pidflo/1.0', in: 'gs:Circle', text: '100',
      reason: 'unit urn:ogc:def:uom:EPSG::9002, not urn:ogc:def:uom:EPSG::9001',
    }]);
  });

  const unreadable: [string, string, string][] = [
    ['a circle without a radius', '<gs:Circle srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>30 -97</gml:pos></gs:Circle>', 'gs:Circle'],
    ['a point without a position', '<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"/>', 'gml:Point'],
    ['a polygon of two points', '<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>1 2 3 4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>', 'gml:Polygon'],
    ['a GML shape RFC 5491 does not list', '<gml:LineString><gml:posList>1 2 3 4</gml:posList></gml:LineString>', 'gml:LineString'],
    ['an element of an unknown namespace', '<x:where xmlns:x="urn:example:x">here</x:where>', 'x:where'],
  ];
  for (const [what, element, name] of unreadable) {
    it(`lists ${what} as not understood instead of dropping it silently`, () => {
      const parsed = parsePidfLo(withGeopriv(`<gp:location-info>${element}</gp:location-info><gp:usage-rules/>`));
      expect(parsed.locations).to.deep.equal([]);
      expect(parsed.notUnderstood.map((entry) => ({ element: entry.element, in: entry.in }))).to.deep.equal([{ element: name, in: 'gp:location-info' }]);
    });
  }

  it('reads a document that starts with a byte-order mark', () => {
    expect(parsePidfLo(`\uFEFF<?xml version="1.0"?>${withGeopriv(`<gp:location-info>${POINT}</gp:location-info><gp:usage-rules/>`)}`).locations)
      .to.have.length(1);
  });
});

describe('parsePidfLo: a location where the reader does not look is reported', () => {
  it('lists a device and a geopriv left in the wrong namespace', () => {
    const parsed = parsePidfLo(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:alice@example.com">
      <tuple id="t"><status><basic>open</basic><geopriv><location-info/></geopriv></status></tuple>
      <device id="d"><geopriv><location-info><Point xmlns="http://www.opengis.net/gml"><pos>47.6 -122.3</pos></Point></location-info></geopriv></device>
    </presence>`);
    expect(parsed.locations).to.deep.equal([]);
    expect(parsed.notUnderstood.map((entry) => ({ element: entry.element, namespace: entry.namespace, in: entry.in }))).to.deep.equal([
      { element: 'geopriv', namespace: 'urn:ietf:params:xml:ns:pidf', in: 'status' },
      { element: 'device', namespace: 'urn:ietf:params:xml:ns:pidf', in: 'presence' },
    ]);
  });
});
