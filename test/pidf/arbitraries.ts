// fast-check generators of emergency locations for the PIDF-LO tests.
import fc from 'fast-check';
import { CIVIC_ELEMENTS, type CivicAddress } from '../../src/civic/civic-address.js';
import { COUNTRY_CODES } from '../../src/civic/country-profile.js';
import type { EmergencyLocation } from '../../src/location.js';

/** Text that stresses escaping: markup characters, CDATA end, control characters, astral and combining characters, long runs. */
export const nastyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('&', '<', '>', '"', "'", ']]>', 'Smith & Sons <Ltd>', '\u0000\u0001\u001f', ' \t\n  ', 'Québec', '東京タワー', '😀', '\uD800', '\uFFFE'),
  fc.string({ unit: fc.constantFrom('&', '<', ']', '>', '"', "'", ' ', 'a', '\n', '\u0007'), maxLength: 40 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 400 }),
);

export const civicArbitrary: fc.Arbitrary<CivicAddress> = fc
  .tuple(fc.constantFrom(...COUNTRY_CODES), fc.dictionary(fc.constantFrom(...CIVIC_ELEMENTS), nastyText))
  .map(([country, fields]) => ({ ...fields, country }) as CivicAddress);

export const locationArbitrary: fc.Arbitrary<EmergencyLocation> = fc.record({
  id: fc.oneof(fc.uuid(), fc.string({ maxLength: 12 })),
  label: nastyText,
  civic: civicArbitrary,
  lang: fc.option(fc.constantFrom('en', 'en-US', 'fr-CA', 'es', 'de', 'ja', 'en_US', '', 'not a tag', '1234'), { nil: undefined }),
  source: fc.constantFrom('user' as const, 'lis' as const),
  validation: fc.constantFrom('unvalidated' as const, 'validated' as const),
  method: fc.constantFrom('Manual', 'Wiremap', 'DHCP', 'LLDP-MED', '', 'a <b>'),
  networkId: fc.constant(null),
  createdAt: fc.constant('2026-01-01T12:00:00.000Z'),
  updatedAt: fc.constantFrom('2026-01-01T12:00:00.000Z', 'garbage', '2026-02-03T04:05:06+01:00'),
  lastUsedAt: fc.constant('2026-01-01T12:00:00.000Z'),
});

export function userLocation(civic: CivicAddress, extra: Partial<EmergencyLocation> = {}): EmergencyLocation {
  return {
    id: '0a9999e0-1678-41d9-b0d2-d10a41a3e5e0', label: 'Home', civic, source: 'user', validation: 'unvalidated',
    method: 'Manual', networkId: null, createdAt: '2026-01-01T12:00:00.000Z', updatedAt: '2026-01-01T12:00:00.000Z',
    lastUsedAt: '2026-01-01T12:00:00.000Z', ...extra,
  };
}
