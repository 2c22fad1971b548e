import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseStreetLine } from '../../src/civic/index.js';
import { directional, misspelledDirectional, streetSuffix } from '../../src/civic/street-words.js';

describe('parseStreetLine keeps every word typed', () => {
  /** Upper case without the punctuation around words; hyphenated words, "123½", "500S", "123main", "N.Main" and "St.Apt" count as their pieces; a colon, bar or slash separates words. */
  const keys = (text: string) => text.toUpperCase().replace(/(\d)([½¼¾⅓⅔]|[NSEW]\b|[A-Z]{3})/g, '$1 $2').replace(/\.(?=APT\b|#)/g, ' ').replace(/(^|\s)([NS]\.?[EW]|[NSEW])\.(?=[A-Z0-9]{2})/g, '$1$2 ').split(/[\s,;:|/-]+/).map((w) => w.replace(/[.#()]/g, '')).filter(Boolean);

  it('keeps every word typed: a word it cannot place goes to the unit, never away', () => {
    const word = fc.constantFrom(
      '123', '4-1200', 'W156N11500', 'Two', '1/2', 'B', 'N', 'N.W.', 'S', 'E', 'So', 'No', 'Northwest', 'West', 'O',
      'Main', 'Peachtree', 'K', 'Wells', 'North', 'St', 'Street', 'Ave.', 'Avenue', 'Pakway', 'Rd', 'Hwy', 'Loop',
      'Apt', 'Ste.', 'Suite100', '#', '#5', '410', 'CONDO', 'PMB', 'B2', 'Fl.', '3rd', 'Floor', 'rue', 'Boul.', ',', '(m/c', '525)',
      ';', '-', '-Suite', '123½', '12-1/2', 'N1234', 'St.Apt', 'St.#2', 'Suites', 'W.',
      'Washington#', 'Route#', '500S', '#4-123', 'Concession', 'Spear', 'N.Main', 'de', 'la', 'Plaza', 'URB', 'Tower', 'Park', 'IH', 'La', 'Freeway',
      'PO', 'Box', 'RR', 'Carr', 'Km', '5.4', 'Place', 'Court', 'Townhouse', 'Interstate', 'Extension', '&', 'End', 'Shore', '/', '|', ':', '..', 'R.R.', 'TH',
      'Springfield', '12elm', 'Nroth', 'Aev', 'IL', 'il', 'Georgia', '62701', 'ON', 'K1A', '0B1', 'CT', 'FL', 'Calle', 'Bloque', '#150', 'Urb', 'Unit#7', 'Apt:', 'MS:', '35W', 'Bl', 'South', 'East',
    );
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), fc.constantFrom('US', 'CA'), (words, country) => {
      const line = words.join(' ');
      const { parts, unit } = parseStreetLine(line, { country });
      const kept = [...Object.values(parts), unit ?? ''].flatMap(keys);
      for (const typed of keys(line)) {
        const canonical = directional(typed, country, true) ?? streetSuffix(typed) ?? misspelledDirectional(typed);
        const letter = /^[NSEW]$/.test(typed) ? typed : canonical !== undefined && /^[NSEW]$/.test(canonical) ? canonical : undefined;
        const found = kept.includes(typed) || (canonical !== undefined && kept.includes(canonical))
          // Two directions typed apart ("S E", "South East") are kept as one directional ("SE").
          || (letter !== undefined && kept.some((k) => /^[NS][EW]$/.test(k) && k.includes(letter)));
        expect(found, `"${typed}" of "${line}" in ${JSON.stringify({ ...parts, unit })}`).to.equal(true);
      }
    }), { numRuns: 3000 });
  });
});
