import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  COUNTRY_CODES, countryProfile, formatStreetLine, toFormValues, validateAddress,
  type AddressFormValues, type FieldError,
} from '../../src/civic/index.js';

const US: AddressFormValues = { label: 'Home', country: 'US', street: '123 N Main St', LOC: 'Apt 4', A3: 'Springfield', A1: 'IL', PC: '62701' };
const CA: AddressFormValues = { label: '', country: 'CA', street: '111 Wellington St', LOC: '', A3: 'Ottawa', A1: 'ON', PC: 'k1a0a9' };

function errors(values: Partial<AddressFormValues>, base = US): FieldError[] {
  const result = validateAddress({ ...base, ...values });
  return result.ok ? [] : result.errors;
}

describe('countryProfile', () => {
  it('lists the 50 states, DC and the five inhabited territories for the US', () => {
    const us = countryProfile('us');
    expect(us.e911).to.equal(true);
    expect(us.regions).to.have.length(56);
    expect(us.regions!.map((r) => r.code)).to.include.members(['TX', 'DC', 'PR', 'GU']);
    expect(us.postalKind).to.equal('zip');
  });

  it('lists provinces and territories with French names for Canada', () => {
    const ca = countryProfile('CA');
    expect(ca.regions).to.have.length(13);
    expect(ca.regions!.find((r) => r.code === 'QC')!.frenchName).to.equal('Québec');
    expect(ca.regionKind).to.equal('province');
  });

  it('gives every other country a generic profile without E9-1-1', () => {
    for (const code of COUNTRY_CODES.filter((c) => c !== 'US' && c !== 'CA')) {
      const profile = countryProfile(code);
      expect(profile.e911, code).to.equal(false);
      expect(profile.regions, code).to.equal(null);
      expect(profile.postalCode?.required ?? false, code).to.equal(false);
      if (profile.postalCode) expect(profile.postalCode.pattern.test(profile.postalCode.example), code).to.equal(true);
    }
    expect(countryProfile('ZZ').e911).to.equal(false);
  });

  it('lists ISO 3166-1 alpha-2 codes, sorted', () => {
    expect(COUNTRY_CODES).to.have.length(249);
    expect([...COUNTRY_CODES].sort()).to.deep.equal(COUNTRY_CODES);
  });
});

describe('validateAddress', () => {
  it('turns a US form into a civic address with the street parsed', () => {
    expect(validateAddress(US)).to.deep.equal({
      ok: true, label: 'Home', errors: [],
      civic: { country: 'US', A1: 'IL', A3: 'Springfield', HNO: '123', PRD: 'N', RD: 'Main', STS: 'St', LOC: 'Apt 4', PC: '62701' },
    });
  });

  it('refuses a box for want of a house number, and saves a Puerto Rico road with its kilometre marker', () => {
    for (const street of ['PO Box 123', 'RR 2 Box 45']) {
      expect(errors({ street }), street).to.deep.equal([{ field: 'street', code: 'no-house-number' }]);
    }
    const result = validateAddress({ ...US, street: 'Carr 2 Km 5.4', LOC: '', A3: 'Caguas', A1: 'PR', PC: '00725' });
    expect(result.ok && result.civic).to.deep.include({ RD: 'Carr 2', LOC: 'Km 5.4', A1: 'PR' });
    expect(result.ok && result.civic.HNO).to.equal(undefined);
  });

  it('stores Canadian postal codes as "K1A 0B1" and defaults the label to the street line', () => {
    const result = validateAddress(CA);
    expect(result.ok && result.civic.PC).to.equal('K1A 0A9');
    expect(result.ok && result.label).to.equal('111 Wellington St');
  });

  it('moves a unit typed in the street line to LOC', () => {
    const result = validateAddress({ ...US, street: '123 N Main St Apt 4', LOC: '' });
    expect(result.ok && result.civic.LOC).to.equal('Apt 4');
    expect(result.ok && formatStreetLine(result.civic)).to.equal('123 N Main St');
  });

  it('normalises state, ZIP+4 and white space', () => {
    const result = validateAddress({ ...US, A1: ' il ', PC: '62701 1234', A3: '  Springfield \t Heights ' });
    expect(result.ok && [result.civic.A1, result.civic.PC, result.civic.A3]).to.deep.equal(['IL', '62701-1234', 'Springfield Heights']);
  });

  const cases: [string, Partial<AddressFormValues>, FieldError[], AddressFormValues?][] = [
    ['a missing street, city, state and ZIP', { street: '', A3: '', A1: '', PC: '' }, [
      { field: 'street', code: 'required' }, { field: 'A3', code: 'required' }, { field: 'A1', code: 'required' }, { field: 'PC', code: 'required' }]],
    ['a missing country', { country: '' }, [{ field: 'country', code: 'required' }]],
    ['an unknown country', { country: 'ZZ' }, [{ field: 'country', code: 'unknown-country' }]],
    ['an unknown state', { A1: 'XX' }, [{ field: 'A1', code: 'unknown-region' }]],
    ['a USPS-only state code (armed forces)', { A1: 'AE' }, [{ field: 'A1', code: 'unknown-region' }]],
    ['a bad ZIP', { PC: '1234' }, [{ field: 'PC', code: 'format', example: '12345' }]],
    ['a street without a house number', { street: 'Main St' }, [{ field: 'street', code: 'no-house-number' }]],
    ['a LOC over 20 characters', { LOC: 'Building 7, Floor 12, Room 1204' }, [{ field: 'LOC', code: 'too-long', max: 20 }]],
    ['a label over 60 characters', { label: 'x'.repeat(61) }, [{ field: 'label', code: 'too-long', max: 60 }]],
    ['control characters', { A3: 'Spring\u0000field' }, [{ field: 'A3', code: 'invalid-characters' }]],
    ['a Canadian postal code with D, F, I, O, Q or U', { PC: 'D1A 0B1' }, [{ field: 'PC', code: 'format', example: 'K1A 0B1' }], CA],
    ['a postal code from another province', { PC: 'T5J 0N3' }, [{ field: 'PC', code: 'format', example: 'K1A 0B1' }], CA],
  ];
  for (const [what, values, expected, base] of cases) {
    it(`reports ${what}, in form order`, () => {
      expect(errors(values, base)).to.deep.equal(expected);
    });
  }

  it('accepts a province by its French name and an Alberta code for Alberta', () => {
    const result = validateAddress({ ...CA, A1: 'Québec', PC: 'H3Z 2Y7', A3: 'Montréal', street: '4500 Boul. René-Lévesque O' });
    expect(result.ok && result.civic).to.deep.equal({ country: 'CA', A1: 'QC', A3: 'Montréal', HNO: '4500', RD: 'Boul. René-Lévesque', POD: 'O', PC: 'H3Z 2Y7' });
    expect(validateAddress({ ...CA, A1: 'AB', PC: 't5j0n3' }).ok).to.equal(true);
  });

  it('keeps other countries free-form: no region list, optional postal code, no house number needed', () => {
    const result = validateAddress({ label: 'Hotel', country: 'gb', street: 'Baker Street 221B', LOC: '', A3: 'London', A1: '', PC: '' });
    expect(result.ok && result.civic).to.deep.equal({ country: 'GB', A3: 'London', HNO: '221', HNS: 'B', RD: 'Baker Street' });
    const [error] = errors({ country: 'DE', A1: '', PC: '1234' });
    expect(error).to.include({ field: 'PC', code: 'format' });
    expect(error!.example).to.match(/^\d{5}$/);
  });

  it('gives back the same civic address from its own form values', () => {
    const street = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('', 'N ', 'SW '), fc.constantFrom('Main', 'Park', 'Avenue', '5th', 'Martin Luther King'), fc.constantFrom('', ' St', ' Ave', ' Blvd'), fc.constantFrom('', ' NE'))
      .map(([n, prd, rd, sts, pod]) => `${n} ${prd}${rd}${sts}${pod}`);
    fc.assert(fc.property(street, fc.constantFrom('', 'Apt 4', 'Suite 200'), fc.constantFrom('TX', 'IL', 'PR'), (line, loc, state) => {
      const first = validateAddress({ label: '', country: 'US', street: line, LOC: loc, A3: 'Town', A1: state, PC: '12345' });
      expect(first.ok, line).to.equal(true);
      if (!first.ok) return;
      const second = validateAddress(toFormValues(first.civic, first.label));
      expect(second).to.deep.equal(first);
    }), { numRuns: 1000 });
  });

  it('never throws, whatever the values', () => {
    const value = fc.string({ unit: 'binary', maxLength: 70 });
    fc.assert(fc.property(fc.record({ label: value, country: fc.oneof(value, fc.constantFrom('US', 'CA', 'FR')), street: value, LOC: value, A3: value, A1: value, PC: value }), (values) => {
      const result = validateAddress(values);
      if (!result.ok) expect(result.errors.length).to.be.greaterThan(0);
    }), { numRuns: 1000 });
  });
});
