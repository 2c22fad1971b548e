import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { HeldOutcome } from '../../src/detect/held.js';
import { parseHeldResponse } from '../../src/detect/held-response.js';
import { INVALID_DOCUMENTS, VALID_DOCUMENTS } from '../pidf/fixtures/oracle-examples.js';

/** Runs per property; the tally in the report is these times the properties. */
export const RUNS = { mutated: 1500, notHeld: 1000, swapped: 600, spliced: 600, arbitrary: 800 } as const;

const HELD_NS = 'urn:ietf:params:xml:ns:geopriv:held';
const CIVIC_NS = 'urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr';
const NAMESPACES = [
  HELD_NS, CIVIC_NS, 'urn:ietf:params:xml:ns:pidf', 'urn:ietf:params:xml:ns:pidf:geopriv10',
  'urn:ietf:params:xml:ns:pidf:data-model', 'http://www.opengis.net/gml', 'urn:example:not-held', '',
];
const KINDS = ['located', 'no-civic', 'not-locatable', 'error', 'unreachable'];

const examples = Object.entries({ ...VALID_DOCUMENTS, ...INVALID_DOCUMENTS });
const heldResponses = examples.filter(([file]) => file.startsWith('held-locationResponse'));
const notHeld = examples.filter(([file]) => !file.startsWith('held-'));

/** An independent reading: is the text a well-formed HELD locationResponse holding a civic address? */
function oracle(text: string): { isLocationResponse: boolean; countries: string[] } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const malformed = doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement || doc.doctype !== null;
  const root = doc.documentElement;
  const isLocationResponse = !malformed && root.namespaceURI === HELD_NS && root.localName === 'locationResponse';
  const countries = [...doc.getElementsByTagNameNS(CIVIC_NS, 'country')].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { isLocationResponse, countries };
}

/** The outcome is one of the documented values, and a civic location only ever comes from a real locationResponse. */
function checkOutcome(text: string, outcome: HeldOutcome): void {
  expect(KINDS).to.include(outcome.kind);
  if (outcome.kind !== 'located') return;
  const { isLocationResponse, countries } = oracle(text);
  expect(isLocationResponse, 'a civic location from a document that is not a locationResponse').to.equal(true);
  expect(countries).to.include(outcome.civic.country);
  for (const value of Object.values(outcome.civic)) expect(value).to.be.a('string');
}

function parseChecked(text: string): HeldOutcome {
  let outcome: HeldOutcome;
  try {
    outcome = parseHeldResponse(text);
  } catch (error) {
    throw new Error(`parseHeldResponse threw ${String(error)} on ${JSON.stringify(text.slice(0, 200))}…`);
  }
  checkOutcome(text, outcome);
  return outcome;
}

/** Markup-heavy insertions: a fragment of XML syntax, or random text. */
const insertion = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ':', '<!--', '-->', '<![CDATA[', ']]>', '<?x?>', '&amp;', '&#0;', '&#x1;', '&lt;',
    '<country>US</country>', '</presence>', 'xmlns="urn:example:not-held"', '<!DOCTYPE a>', '<!ENTITY e "x">', '\u0000', '\uFFFE', '\uD800'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

type Mutation = (text: string) => string;
const at = (text: string, position: number) => Math.floor(position * (text.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((p): Mutation => (text) => text.slice(0, at(text, p))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), insertion).map(([p, piece]): Mutation => (text) => text.slice(0, at(text, p)) + piece + text.slice(at(text, p))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([p, length]): Mutation => (text) => text.slice(0, at(text, p)) + text.slice(at(text, p) + length)),
  fc.tuple(fc.constantFrom(...NAMESPACES), fc.constantFrom(...NAMESPACES)).map(([from, to]): Mutation => (text) => (from ? text.split(from).join(to) : text)),
  fc.tuple(fc.constantFrom('locationResponse', 'presence', 'civicAddress', 'country', 'tuple', 'geopriv', 'location-info', 'error'), fc.constantFrom('locationRequest', 'error', 'x', 'presence', 'held:locationResponse', ''))
    .map(([from, to]): Mutation => (text) => text.split(from).join(to)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]): Mutation => (text) => {
    const [start, end] = [at(text, Math.min(a, b)), at(text, Math.max(a, b))];
    return text.slice(0, end) + text.slice(start, end) + text.slice(end); // a duplicated run
  }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
const apply = (text: string, steps: Mutation[]) => steps.reduce((current, step) => step(current), text);

describe('parseHeldResponse under fuzzing (fast-check)', function () {
  this.timeout(15_000);

  it('reads the unmutated HELD oracle answers as civic locations only where the oracle finds one', () => {
    expect(heldResponses.length).to.be.greaterThan(5);
    for (const [, text] of heldResponses) parseChecked(text);
  });

  it('never throws, and gives a civic location only from a real locationResponse, on mutated HELD answers', () => {
    const seen = new Map<string, number>();
    fc.assert(fc.property(fc.constantFrom(...heldResponses), mutations, ([, text], steps) => {
      const { kind } = parseChecked(apply(text, steps));
      seen.set(kind, (seen.get(kind) ?? 0) + 1);
    }), { numRuns: RUNS.mutated });
    // Not vacuous: some mutants still locate, many are refused.
    expect(seen.get('located') ?? 0, JSON.stringify([...seen])).to.be.greaterThan(0);
    expect(seen.get('unreachable') ?? 0, JSON.stringify([...seen])).to.be.greaterThan(0);
  });

  it('never gives a civic location from PIDF-LO documents (civic, but not HELD), mutated or not', () => {
    expect(notHeld.length).to.be.greaterThan(20);
    fc.assert(fc.property(fc.constantFrom(...notHeld), fc.array(mutation, { maxLength: 3 }), ([, text], steps) => {
      const mutated = apply(text, steps);
      const outcome = parseChecked(mutated);
      if (!oracle(mutated).isLocationResponse) expect(outcome.kind).not.to.equal('located');
    }), { numRuns: RUNS.notHeld });
  });

  it('refuses a locationResponse moved to any other namespace', () => {
    const located = heldResponses.filter(([, text]) => parseHeldResponse(text).kind === 'located');
    expect(located.length).to.be.greaterThan(0);
    const otherNamespace = fc.oneof(fc.constantFrom(...NAMESPACES.filter((ns) => ns !== HELD_NS && ns !== '')), fc.webUrl(), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).map((s) => `urn:x:${s.replace(/["<&]/g, '')}`));
    fc.assert(fc.property(fc.constantFrom(...located), otherNamespace, ([, text], ns) => {
      const moved = text.split(HELD_NS).join(ns);
      expect(parseChecked(moved).kind).to.equal('unreachable');
    }), { numRuns: RUNS.swapped });
  });

  it('reads a PIDF-LO spliced into a HELD error or locationRequest as no location', () => {
    const civicPidf = notHeld.filter(([file]) => file.startsWith('pidflo-civic') || file.startsWith('pidflo-manual'));
    const wrappers = [
      (body: string) => `<error xmlns="${HELD_NS}" code="generalLisError">${body}</error>`,
      (body: string) => `<locationRequest xmlns="${HELD_NS}">${body}</locationRequest>`,
      (body: string) => `<locationResponse xmlns="urn:example:not-held">${body}</locationResponse>`,
      (body: string) => `<held:locationResponse xmlns:held="${HELD_NS}x">${body}</held:locationResponse>`,
    ];
    fc.assert(fc.property(fc.constantFrom(...civicPidf), fc.constantFrom(...wrappers), ([, text], wrap) => {
      const body = text.replace(/^<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
      expect(parseChecked(wrap(body)).kind).not.to.equal('located');
    }), { numRuns: RUNS.spliced });
  });

  it('never throws on arbitrary text, and never finds a location in it', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', ' ', '=', '"', 'xmlns', HELD_NS, 'locationResponse', 'country'), maxLength: 40 })), (text) => {
      parseChecked(text);
    }), { numRuns: RUNS.arbitrary });
  });
});
