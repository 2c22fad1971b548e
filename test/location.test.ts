import { expect } from '@open-wc/testing';
import { withUserInvariant, type EmergencyLocation } from '../src/location.js';

const base: EmergencyLocation = {
  id: 'a',
  label: 'Home',
  civic: { country: 'US', A1: 'TX' },
  source: 'user',
  validation: 'unvalidated',
  method: 'Manual',
  networkId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: '2026-01-01T00:00:00.000Z',
};

describe('withUserInvariant', () => {
  it('marks a user-entered location unvalidated and Manual whatever it claims', () => {
    const tampered = { ...base, validation: 'validated', method: 'GPS' } as const;
    const result = withUserInvariant(tampered);
    expect(result.validation).to.equal('unvalidated');
    expect(result.method).to.equal('Manual');
  });

  it('leaves a LIS location as the LIS gave it', () => {
    const lis = { ...base, source: 'lis', validation: 'validated', method: 'Wiremap' } as const;
    expect(withUserInvariant(lis)).to.deep.equal(lis);
  });
});
